package de.tagungsband.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A footnote definition is counted as CommonMark indents it: up to three spaces, then {@code [^label]:}. */
class MarkdownLimitsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "[^1]: Anmerkung|true",
            "\"   [^lang]: drei Leerzeichen\"|true",
            "[^a]:|true",
            "\"    [^a]: vier Leerzeichen sind Code\"|false",
            "[^]: ohne Namen|false",
            "[^a] ohne Doppelpunkt|false",
            "Text mit [^a]: mitten im Satz|false",
            "[^a|false"})
    void findsFootnoteDefinitionsAtTheStartOfALine(String line, boolean defines) {
        String text = "Davor\n" + line + "\nDanach";
        assertEquals(defines, MarkdownLimits.definesFootnote(text, 6, 6 + line.length()), line);
    }
}
