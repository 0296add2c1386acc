package de.tagungsband.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checker finds what it is meant to find: a page drawn with PDFBox, line by line, with known faults in it. (That
 * it finds nothing in the example volumes is {@link ExampleVolumeTest}'s business.)
 */
class TypeCheckTest {

    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 30 * MM;
    private static final float RIGHT = PDRectangle.A4.getWidth() - 45 * MM;

    @Test
    void findsLooseLinesHyphenRunsSplitLastWordsAndAddresses() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDFont font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            int loose = 0;
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                float y = PDRectangle.A4.getHeight() - 40 * MM;
                List<String> lines = List.of(
                        "Die Soziale Arbeit mit geflüchteten Menschen ist in Sachsen inner-",
                        "halb weniger Jahre stark gewachsen, und die Angebote entstanden un-",
                        "ter hohem Handlungsdruck, häufig als Modellvorhaben mit Lauf-",
                        "zeit von zwei oder drei Jahren und dann als Regelangebot er-",
                        "möglicht.",
                        "Bestellungen bitte per E-Mail an die Adresse info@la-",
                        "fast-sachsen.net oder telefonisch beim Team im Büro.",
                        "Die Soziale Arbeit mit vielen Menschen wächst");
                for (String line : lines) {
                    float gap = justify(out, font, line, y, !line.endsWith(".") || line.startsWith("Bestellungen"));
                    loose += gap > 1.5f ? 1 : 0;
                    y -= 15;
                }
                // a line into the outer margin
                justify(out, font, "Diese Zeile ragt in den Rand hinein und hört nicht auf der Kante auf, sondern erst danach, weit im Rand", y, false);
            }
            TypeCheck.Report report = TypeCheck.check(pdf, TypeCheck.TypeArea.forPaper("a4"));
            assertEquals(1, report.count(TypeCheck.HYPHEN_RUN), report::toString);
            assertEquals(1, report.count(TypeCheck.FINAL_HYPHEN), report::toString);
            assertEquals(1, report.count(TypeCheck.ADDRESS_HYPHEN), report::toString);
            assertTrue(loose >= 1);
            assertEquals(loose, report.count(TypeCheck.LOOSE), report::toString);
            assertEquals(1, report.count(TypeCheck.OVERFULL), report::toString);
        }
    }

    /** Sets a line in 10.5 pt from the left edge of the type area; a full line gets its word spaces widened to fit. */
    private static float justify(PDPageContentStream out, PDFont font, String text, float y, boolean full)
            throws IOException {
        String[] words = text.split(" ");
        float size = 10.5f;
        float space = font.getStringWidth(" ") / 1000 * size;
        float natural = font.getStringWidth(text) / 1000 * size;
        float gap = full && natural < RIGHT - LEFT ? space + (RIGHT - LEFT - natural) / (words.length - 1) : space;
        float x = LEFT;
        for (String word : words) {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(word);
            out.endText();
            x += font.getStringWidth(word) / 1000 * size + gap;
        }
        return gap / space;
    }

    /**
     * Footnotes are set ragged right: their word spaces keep their width. A note line with a gap over 1.5 spaces is
     * loose; the en space after a note's number is the marker's, not a word space.
     */
    @Test
    void countsLooseLinesInFootnotesApartFromTheBody() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDFont font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                float y = PDRectangle.A4.getHeight() - 40 * MM;
                for (int i = 0; i < 6; i++) {
                    justify(out, font, "Die Soziale Arbeit mit geflüchteten Menschen ist in Sachsen stark gewachsen.", y, false);
                    y -= 15;
                }
                float space = font.getStringWidth(" ") / 1000 * 8.5f;
                y = 60 * MM;
                words(out, font, 8.5f, y, space, 1f, "1", "Gemeint", "ist", "die", "Migrationsberatung.");
                words(out, font, 8.5f, y - 11, space, 1f, "2", "Vgl.", "den", "Bericht", "des", "Landkreises.");
                words(out, font, 8.5f, y - 22, space, 2.4f, "Siehe", "auch", "die", "Übersicht.");
            }
            TypeCheck.Report report = TypeCheck.check(pdf, TypeCheck.TypeArea.forPaper("a4"));
            assertEquals(3, report.noteLines(), report::summary);
            assertEquals(1, report.count(TypeCheck.LOOSE_NOTE), report::toString);
            assertEquals(0, report.count(TypeCheck.LOOSE), report::toString);
        }
    }

    /** Words in a size from the left edge, the first gap {@code first} spaces wide (a marker's), the others as given. */
    private static void words(PDPageContentStream out, PDFont font, float size, float y, float space, float gap,
                              String... words) throws IOException {
        float x = LEFT;
        for (int i = 0; i < words.length; i++) {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(words[i]);
            out.endText();
            x += font.getStringWidth(words[i]) / 1000 * size + (i == 0 && words[0].matches("\\d+") ? 1.9f : gap) * space;
        }
    }
}
