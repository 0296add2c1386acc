package de.tagungsband.pdf;

import net.davidashen.text.Hyphenator;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts soft hyphens into running text, because the layout engine ignores {@code hyphens: auto}; not into headings,
 * code or addresses (a linked one, or a word of the text that looks like an e-mail or web address). Uses Liang's
 * patterns through texhyphj: for German the hyph-utf8 patterns for the reformed orthography, read from their plain
 * pattern list (the {@code .tex} file wraps them in macros that texhyphj reads wrongly), and TeX's way of
 * correcting them: a list of words the patterns divide wrongly ({@code hyphenation/ausnahmen.txt}, found with the
 * compound list of the tests: "Auslage-nerstattung"). One instance per volume:
 * texhyphj makes no promise about threads.
 */
public final class Hyphenation {

    static final char SOFT_HYPHEN = '\u00AD';
    private static final Pattern WORD = Pattern.compile("\\p{L}{6,}");
    private static final String SKIP = "a[href^=http], a[href^=mailto], code, pre, kbd, .url, h1, h2, h3, h4, h5, h6";
    /** A top-level domain after a name: with "@", "://" or "www." it marks an address a reader must type from paper. */
    private static final Pattern DOMAIN = Pattern.compile("[^.]\\.(de|net|org|com|eu|info)\\b");

    /** In a heading only long words need a place to break: shorter ones fit on a phone's line. */
    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{12,}");
    /**
     * In a table only words so long that a column of their width would crowd the others get a place to break: a
     * column is as wide as its longest word, not divided into narrow syllables.
     */
    private static final Pattern CELL_WORD = Pattern.compile("\\p{L}{18,}");

    private final Hyphenator hyphenator;
    /** Each word is divided once per volume: running text repeats most of its words many times. */
    private final Map<String, String> divided = new HashMap<>();

    private Hyphenation(Hyphenator hyphenator) {
        this.hyphenator = hyphenator;
    }

    /** Patterns for the language, when tagungsband has them (German); otherwise the text stays unhyphenated. */
    static Optional<Hyphenation> forLanguage(String language) {
        if (!"de".equals(language)) {
            return Optional.empty();
        }
        try (InputStream in = Hyphenation.class.getResourceAsStream("hyphenation/hyph-de-1996.pat.txt");
             InputStream exceptions = Hyphenation.class.getResourceAsStream("hyphenation/ausnahmen.txt")) {
            String patterns = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String words = new String(exceptions.readAllBytes(), StandardCharsets.UTF_8);
            Hyphenator hyphenator = new Hyphenator();
            hyphenator.loadTable(new StringReader("\\patterns{" + patterns + "}\n\\hyphenation{" + words + "}"));
            return Optional.of(new Hyphenation(hyphenator));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the hyphenation patterns: " + e.getMessage(), e);
        }
    }

    /**
     * Hyphenates every text node below {@code root}, except addresses and code; in a table only very long words.
     */
    void hyphenate(Element root) {
        hyphenate(root, WORD);
    }

    private void hyphenate(Element root, Pattern words) {
        for (Node node : root.textNodes()) {
            hyphenateNode((TextNode) node, words);
        }
        for (Element child : root.children()) {
            if (!child.is(SKIP)) {
                hyphenate(child, child.is("td, th") ? CELL_WORD : words);
            }
        }
    }

    private void hyphenateNode(TextNode node, Pattern pattern) {
        String text = node.getWholeText();
        Matcher words = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        int last = 0;
        int runEnd = -1;
        boolean inAddress = false;
        while (words.find()) {
            if (words.start() >= runEnd) { // the first word of a new run of non-blank characters
                int runStart = words.start();
                while (runStart > 0 && !Character.isWhitespace(text.charAt(runStart - 1))) {
                    runStart--;
                }
                runEnd = words.start();
                while (runEnd < text.length() && !Character.isWhitespace(text.charAt(runEnd))) {
                    runEnd++;
                }
                inAddress = isAddress(text.substring(runStart, runEnd));
            }
            out.append(text, last, words.start()).append(inAddress ? words.group() : word(words.group()));
            last = words.end();
        }
        out.append(text, last, text.length());
        node.text(out.toString());
    }

    /**
     * Whether a run of non-blank characters is (part of) an e-mail or web address. Decided per run, in time linear in
     * its length: a pattern searched over the whole text tried every start in a long run (quadratic, issue 23).
     */
    static boolean isAddress(String run) {
        return run.contains("@") || run.contains("://") || run.contains("www.") || DOMAIN.matcher(run).find();
    }

    /**
     * Soft hyphens for the headings of the web pages (German only): Chromium and Firefox on many systems have no
     * German dictionary for {@code hyphens: auto}, and "Fachtagsdokumentationen" then breaks without a hyphen on a
     * phone. The function is safe to use from many threads; each long word is hyphenated once (a title recurs on
     * the event, topic, person and year pages), so threads wait for the one pattern table only for a new word.
     */
    public static UnaryOperator<String> forHeadings(String language) {
        if (!"de".equals(language)) {
            return UnaryOperator.identity();
        }
        Map<String, String> words = new ConcurrentHashMap<>();
        return text -> {
            if (text == null || !LONG_WORD.matcher(text).find()) {
                return text;
            }
            Matcher word = LONG_WORD.matcher(text);
            StringBuilder out = new StringBuilder(text.length() + 8);
            int last = 0;
            while (word.find()) {
                String hyphenated = words.computeIfAbsent(word.group(), w -> atJoints(HeadingPatterns.word(w)));
                out.append(text, last, word.start()).append(hyphenated);
                last = word.end();
            }
            return out.append(text, last, text.length()).toString();
        };
    }

    /**
     * A heading breaks where a reader expects it: at a compound's joint when the word has one ("Migrations-" /
     * "sozialarbeit", not "Migrati-" / "onssozialarbeit"), with the joints the volume's line setter prefers; a word
     * without a recognised joint keeps every division the patterns allow.
     */
    static String atJoints(String hyphenated) {
        String[] parts = hyphenated.split(String.valueOf(SOFT_HYPHEN), -1);
        int letters = hyphenated.length() - (parts.length - 1);
        StringBuilder left = new StringBuilder(letters);
        boolean[] joint = new boolean[parts.length];
        boolean anyJoint = false;
        for (int i = 0; i < parts.length - 1; i++) {
            left.append(parts[i]);
            joint[i] = ParagraphSetter.probableJoint(left, letters - left.length());
            anyJoint |= joint[i];
        }
        if (!anyJoint) {
            return hyphenated;
        }
        StringBuilder out = new StringBuilder(hyphenated.length());
        for (int i = 0; i < parts.length; i++) {
            out.append(parts[i]);
            if (joint[i]) {
                out.append(SOFT_HYPHEN);
            }
        }
        return out.toString();
    }

    /** The German patterns for headings, read once per process when the first heading needs them (35,000 patterns:
     * the preview's rebuilds would read them again each time). */
    private static final class HeadingPatterns {
        private static final Hyphenation GERMAN = forLanguage("de").orElseThrow();

        static String word(String word) {
            synchronized (GERMAN) { // texhyphj makes no promise about threads
                return GERMAN.word(word);
            }
        }
    }

    /** At least two letters before a break and three after it, as careful German typesetting wants. */
    String word(String word) {
        return divided.computeIfAbsent(word, this::divide);
    }

    private String divide(String word) {
        String hyphenated = hyphenator.hyphenate(word, 2, 2);
        int last = hyphenated.lastIndexOf(SOFT_HYPHEN);
        if (last >= 0 && hyphenated.length() - last - 1 < 3) {
            hyphenated = hyphenated.substring(0, last) + hyphenated.substring(last + 1);
        }
        return hyphenated;
    }
}
