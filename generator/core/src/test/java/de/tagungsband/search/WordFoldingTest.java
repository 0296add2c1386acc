package de.tagungsband.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordFoldingTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Geflüchtete, gefluchtete",
            "Gefluechtete, gefluchtete",
            "Gefluchtete, gefluchtete",
            "GEFLÜCHTETE, gefluchtete",
            "Straße, strasse",
            "STRASSE, strasse",
            "Ärger, arger",
            "Aerger, arger",
            "Oeffentlichkeit, offentlichkeit",
            "Übung, ubung",
            "Uebung, ubung",
            "neue, neue",
            "Quelle, quelle",
            "Frauen, frauen",
            "Café, cafe",
            "İstanbul, istanbul",
            "26, 26"})
    void foldsUmlautsTheirSpellingsAndSharpS(String word, String folded) {
        assertEquals(folded, WordFolding.fold(word));
    }

    @Test
    void theDefaultLocaleChangesNothing() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("integration", WordFolding.fold("INTEGRATION"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void wordsAreLettersAndDigitsSeparatedByAnythingElse() {
        assertEquals(List.of("Flüchtlings", "Sozialarbeit", "z", "B", "Werkstatt", "26", "Dresden", "Gorbitz"),
                WordFolding.words("Flüchtlings-Sozialarbeit (z. B. „Werkstatt 26“), Dresden–Gorbitz!"));
    }

    /**
     * {@link WordFolding} splits and folds without regular expressions (for speed); it must still do exactly
     * what the expressions written in the browser's script do, for every code point.
     */
    @Test
    void splittingAndFoldingMatchTheRegularExpressionsForEveryCodePoint() {
        Pattern word = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*");
        Pattern marks = Pattern.compile("\\p{M}+");
        StringBuilder text = new StringBuilder();
        int compared = 0;
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.UNASSIGNED) {
                continue;
            }
            // each code point alone, after a letter, and after an umlaut-spelling vowel
            text.appendCodePoint(c).append(' ').append('a').appendCodePoint(c).append(" u").appendCodePoint(c).append("e ");
            if (text.length() > 4000) {
                compared += compare(text.toString(), word, marks);
                text.setLength(0);
            }
        }
        compared += compare(text.toString(), word, marks);
        assertTrue(compared > 200_000, "words compared: " + compared);
    }

    private static int compare(String text, Pattern word, Pattern marks) {
        List<String> expected = new ArrayList<>();
        Matcher m = word.matcher(text);
        while (m.find()) {
            expected.add(m.group());
        }
        assertEquals(expected, WordFolding.words(text));
        for (String w : expected) {
            String plain = marks.matcher(Normalizer.normalize(w.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                    .replaceAll("").replace("ß", "ss");
            String folded = WordFolding.fold(w);
            assertEquals(plain.replaceAll("(?<=[ao])e|(?<=(?:^|[^aeiouyq])u)e", ""), folded, w);
        }
        return expected.size();
    }
}
