package de.tagungsband.pdf;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hyphenation measured against a list of German compounds with their joints and syllables
 * ({@code hyphenation/komposita.txt}, in the format of the Trennmuster project's wortliste): every division offered
 * falls where the list allows one, and a division at a joint is preferred at a line's end.
 */
class CompoundHyphenationTest {

    /** A word of the list: its letters, where a compound's parts meet and where else it may be divided. */
    private record Entry(String word, Set<Integer> joints, Set<Integer> syllables) {
        static Entry parse(String line) {
            String[] fields = line.split(";");
            Set<Integer> joints = new TreeSet<>();
            Set<Integer> syllables = new TreeSet<>();
            int letters = 0;
            for (char c : fields[1].toCharArray()) {
                if (c == '=') {
                    joints.add(letters);
                } else if (c == '-') {
                    syllables.add(letters);
                } else {
                    letters++;
                }
            }
            assertEquals(fields[0].length(), letters, line);
            return new Entry(fields[0], joints, syllables);
        }
    }

    private static List<Entry> list() throws IOException {
        try (InputStream in = CompoundHyphenationTest.class.getResourceAsStream("/hyphenation/komposita.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(Entry::parse).toList();
        }
    }

    /** Where the hyphenation divides a word: the number of letters before each soft hyphen. */
    private static Set<Integer> divisions(Hyphenation hyphenation, String word) {
        Set<Integer> at = new TreeSet<>();
        int letters = 0;
        for (char c : hyphenation.word(word).toCharArray()) {
            if (c == Hyphenation.SOFT_HYPHEN) {
                at.add(letters);
            } else {
                letters++;
            }
        }
        return at;
    }

    @Test
    void everyDivisionFallsOnAJointOrASyllableTheListAllows() throws IOException {
        Hyphenation hyphenation = Hyphenation.forLanguage("de").orElseThrow();
        List<Entry> list = list();
        assertTrue(list.size() >= 200, "a few hundred compounds: " + list.size());
        List<String> wrong = new ArrayList<>();
        int offered = 0;
        int jointsOffered = 0;
        int joints = 0;
        for (Entry entry : list) {
            Set<Integer> at = divisions(hyphenation, entry.word());
            offered += at.size();
            for (int k : at) {
                if (!entry.joints().contains(k) && !entry.syllables().contains(k)) {
                    wrong.add(entry.word().substring(0, k) + "-" + entry.word().substring(k));
                }
            }
            for (int k : entry.joints()) {
                joints++;
                jointsOffered += at.contains(k) ? 1 : 0;
            }
        }
        System.out.printf("%d words, %d divisions offered, %d of %d joints among them, not allowed: %s%n",
                list.size(), offered, jointsOffered, joints, wrong);
        assertEquals(List.of(), wrong);
    }

    /**
     * Which of the divisions offered the line setter takes for a joint (and so prefers at a line's end): no syllable
     * division may be taken for one; of the real joints it recognises those after a linking s ("Migrations-").
     */
    @Test
    void theSetterTakesNoSyllableForAJoint() throws IOException {
        Hyphenation hyphenation = Hyphenation.forLanguage("de").orElseThrow();
        List<String> falseJoints = new ArrayList<>();
        int recognised = 0;
        int offeredJoints = 0;
        for (Entry entry : list()) {
            for (int k : divisions(hyphenation, entry.word())) {
                boolean taken = ParagraphSetter.probableJoint(entry.word().substring(0, k),
                        entry.word().length() - k);
                if (entry.joints().contains(k)) {
                    offeredJoints++;
                    recognised += taken ? 1 : 0;
                } else if (taken) {
                    falseJoints.add(entry.word().substring(0, k) + "-" + entry.word().substring(k));
                }
            }
        }
        System.out.printf("joints recognised by the setter: %d of %d offered; syllables taken for joints: %s%n",
                recognised, offeredJoints, falseJoints);
        assertEquals(List.of(), falseJoints);
        assertTrue(recognised * 4 >= offeredJoints, recognised + " of " + offeredJoints);
    }

    /**
     * "Migrationsberatung" at a line's end, where both "Migra-" and "Migrations-" fit: the joint is taken, although
     * the line with "Migra-" has its word spaces closer to their natural width; without the joint's lower penalty
     * the optimiser takes "Migra-" on the same line.
     */
    @Test
    void aJointIsPreferredAtALinesEndWhenBothFit() {
        int jointWins = 0;
        for (float measure = 250; measure < 330; measure += 0.5f) {
            int withJoint = lineEnd(measure, true);
            int withoutJoint = lineEnd(measure, false);
            assertTrue(!(withJoint == MIGRA && withoutJoint == MIGRATIONS), "measure " + measure);
            if (withJoint == MIGRATIONS && withoutJoint == MIGRA) {
                jointWins++;
            }
        }
        assertTrue(jointWins >= 10, jointWins + " measures where the joint decided");
    }

    private static final int WORDS = 12;
    /** The items' indexes of the two soft hyphens: after twelve words and their spaces. */
    private static final int MIGRA = 2 * WORDS + 1;
    private static final int MIGRATIONS = MIGRA + 2;

    /** Where the first line ends: twelve words of 20, then Migra|tions|beratung (30, 10, 24), then "ende". */
    private static int lineEnd(float measure, boolean joint) {
        List<LineOptimiser.Item> items = new ArrayList<>();
        for (int i = 0; i < WORDS; i++) {
            items.add(new LineOptimiser.Item(LineOptimiser.Type.BOX, 20, 0, false));
            items.add(new LineOptimiser.Item(LineOptimiser.Type.SPACE, 3, 0, false));
        }
        items.add(new LineOptimiser.Item(LineOptimiser.Type.BOX, 30, 0, false)); // Migra
        items.add(new LineOptimiser.Item(LineOptimiser.Type.SOFT_HYPHEN, 0, 2, false));
        items.add(new LineOptimiser.Item(LineOptimiser.Type.BOX, 10, 0, false)); // tions
        items.add(new LineOptimiser.Item(LineOptimiser.Type.SOFT_HYPHEN, 0, 2, joint));
        items.add(new LineOptimiser.Item(LineOptimiser.Type.BOX, 24, 0, false)); // beratung
        items.add(new LineOptimiser.Item(LineOptimiser.Type.SPACE, 3, 0, false));
        items.add(new LineOptimiser.Item(LineOptimiser.Type.BOX, 20, 0, false)); // ende
        int[] breaks = LineOptimiser.breaks(items, measure, 0, new LineOptimiser.Spacing(4, 3));
        return breaks == null || breaks.length == 0 ? -1 : breaks[0];
    }

    /** A web page's heading breaks a compound at its joint, not at the syllable the patterns would also allow. */
    @Test
    void aHeadingBreaksACompoundAtItsJoint() {
        java.util.function.UnaryOperator<String> headings = Hyphenation.forHeadings("de");
        assertEquals("Digitale Zugänge in der Migrations\u00ADsozialarbeit",
                headings.apply("Digitale Zugänge in der Migrationssozialarbeit"));
        String noJoint = headings.apply("Fachtagsdokumentationen");
        assertTrue(noJoint.chars().filter(c -> c == '\u00AD').count() > 1, "a word without a joint keeps its syllables: " + noJoint);
    }
}
