package de.tagungsband.pdf;

import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Web and e-mail addresses in the volume break only after a slash or the at sign or before a dot or a hyphen, with no
 * hyphen added, and are copied from the PDF exactly: paragraphs made so that each address must end a line.
 */
class AddressBreaksTest {

    private static final String MAIL = "fachstelle.fluechtlingssozialarbeit.mittelsachsen@landkreis-mittelsachsen.example.de";
    private static final String URL = "https://www.landkreis-mittelsachsen.example.de/soziales/integration/"
            + "beratungsstellen-fuer-gefluechtete/uebersicht-2022.html";

    private static PdfEngine engine;

    @BeforeAll
    static void fonts() {
        engine = new PdfEngine(BookFonts.load());
    }

    @Test
    void breakPointsFollowSlashAndAtAndPrecedeDotAndHyphen() {
        assertEquals("info@\u200Blafast\u200B-sachsen\u200B.net", AddressBreaks.marked("info@lafast-sachsen.net"));
        assertEquals("https://www\u200B.beispiel\u200B-landkreis\u200B.de/\u200Bsoziales/",
                AddressBreaks.marked("https://www.beispiel-landkreis.de/soziales/"));
        // the full stop of a sentence stays with the address; marking twice changes nothing
        assertEquals("info@\u200Bla\u200B.de.", AddressBreaks.marked("info@la.de."));
        assertEquals(AddressBreaks.marked(URL), AddressBreaks.marked(AddressBreaks.marked(URL)));
        assertEquals("mailto:info@\u200Bla\u200B.de", AddressBreaks.marked("mailto:info@la.de"));
    }

    @Test
    void onlyAddressesInTheTextAreMarkedNotWordsOrCode() {
        Document doc = Jsoup.parse("<p>Die Träger-Runde, z.B. am 3.5., schreibt an info@la-fast.de oder "
                + "<a href=\"https://la-fast.de/x\">https://la-fast.de/x</a>; <code>www.la-fast.de</code></p>");
        AddressBreaks.markAll(doc.body());
        String text = doc.body().wholeText();
        assertTrue(text.startsWith("Die Träger-Runde, z.B. am 3.5., schreibt an info@\u200Bla\u200B-fast\u200B.de oder "
                + "https://la\u200B-fast\u200B.de/x; www.la-fast.de"), text);
    }

    @Test
    void anAddressAtALineEndBreaksAtAnAllowedPlaceAndIsCopiedExactly() throws IOException {
        String text = "<p>Für Rückfragen zur Beratung im Landkreis erreichen Sie die Fachstelle unter " + MAIL
                + " oder telefonisch; die Übersicht aller Beratungsstellen steht unter " + URL
                + " und wird jedes Jahr im Frühjahr auf den neuesten Stand gebracht.</p>";
        List<String> lines = lines(volume(text));
        String joined = String.join("\n", lines);
        assertFalse(joined.contains("\u200B"), "no zero-width space is copied with the text");
        assertFalse(joined.contains("\u00AD"), "no soft hyphen is copied with the text");
        for (String address : List.of(MAIL, URL)) {
            int line = -1;
            for (int i = 0; i < lines.size() && line < 0; i++) {
                if (!lines.get(i).isEmpty() && address.startsWith(lastWord(lines.get(i)))
                        && lastWord(lines.get(i)).length() > 8) {
                    line = i;
                }
            }
            assertTrue(line >= 0, "the address " + address + " does not start at a line's end: " + lines);
            // the address runs over the line end(s) without anything added: the pieces joined give it exactly
            StringBuilder whole = new StringBuilder(lastWord(lines.get(line)));
            int next = line + 1;
            while (whole.length() < address.length()) {
                String piece = lines.get(next++).strip();
                String end = lastPieceEnd(whole);
                char first = piece.charAt(0);
                assertTrue("/@".indexOf(end.charAt(0)) >= 0 || ".-".indexOf(first) >= 0,
                        "a break between „" + end + "“ and „" + piece.charAt(0) + "“ in " + address + ": " + lines);
                whole.append(piece.contains(" ") ? piece.substring(0, piece.indexOf(' ')) : piece);
            }
            assertTrue(whole.toString().startsWith(address), whole + " is not " + address);
            assertTrue(next - line >= 2, "the address did not break: " + lines);
        }
        // word spaces are copied as no-break spaces: the optimiser leaves ordinary spaces only where lines end
        assertTrue(joined.replaceAll("[\\s\u00A0]", "").contains(MAIL + "odertelefonisch"),
                "the e-mail address is whole in the copied text: " + joined);
    }

    private static String lastWord(String line) {
        String t = line.strip();
        return t.substring(t.lastIndexOf(' ') + 1);
    }

    private static String lastPieceEnd(CharSequence s) {
        return String.valueOf(s.charAt(s.length() - 1));
    }

    /**
     * A paragraph hyphenated and set as body text of the A4 volume, the way the volume's print document is made: the
     * optimiser chooses the breaks, the engine sets them.
     */
    private static byte[] volume(String paragraph) {
        Document doc = Jsoup.parse("<html lang=\"de\"><head><title>Adressen</title><style>"
                + "@page { size: A4; margin: 27mm 45mm 32mm 30mm; } "
                + "body { margin: 0; font-family: 'Noto Serif'; font-size: 10.5pt; line-height: 15pt; text-align: justify; }"
                + "</style></head><body><div class=\"prose\">" + paragraph + "</div></body></html>");
        Hyphenation.forLanguage("de").orElseThrow().hyphenate(doc.body());
        ParagraphSetter.Measure measure = ParagraphSetter.Measure.forPaper("a4");
        PrintDocument print = PrintDocument.of(doc.html(), "file:/", new ParagraphSetter(engine.widths(), measure),
                new ContentsLines(engine.widths(), measure.width()));
        try (PdfEngine.Typeset typeset = engine.typeset(print.w3c(), "file:/")) {
            return typeset.write(new PDFCreationListener() {
                @Override
                public void preOpen(PdfBoxRenderer renderer) {
                }

                @Override
                public void preWrite(PdfBoxRenderer renderer, int pages) {
                }

                @Override
                public void onClose(PdfBoxRenderer renderer) {
                }
            });
        }
    }

    /** The text as a reader copies it from the PDF, line by line. */
    private static List<String> lines(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new ArrayList<>(new PDFTextStripper().getText(document).lines().toList());
        }
    }
}
