package de.tagungsband.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
