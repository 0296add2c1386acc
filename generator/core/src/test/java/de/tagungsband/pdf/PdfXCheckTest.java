package de.tagungsband.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preflight fails a file that breaks each rule it checks, and says which: a page made by hand with an RGB colour,
 * too much ink, a font not embedded, a link, its boxes inverted and its media box away from 0,0, no PDF/X identity.
 * (That the print edition passes it is PrintEditionTest's.)
 */
class PdfXCheckTest {

    @Test
    void aFileThatIsNoPdfXFailsForEachReason() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(-10, -10, 200, 200));
            page.setTrimBox(new PDRectangle(0, 0, 150, 150));
            page.setBleedBox(new PDRectangle(10, 10, 100, 100)); // smaller than the trim box
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setNonStrokingColor(0.2f, 0.4f, 0.6f); // rg
                content.addRect(10, 10, 20, 20);
                content.fill();
                content.setNonStrokingColor(new PDColor(new float[] {1, 1, 1, 0.5f}, PDDeviceCMYK.INSTANCE));
                content.addRect(40, 10, 20, 20);
                content.fill();
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(20, 100);
                content.showText("Probe");
                content.endText();
            }
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(20, 100, 30, 10));
            page.getAnnotations().add(link);

            String findings = PdfXCheck.of(document).toString();
            for (String expected : List.of("file: document information lacks GTS_PDFXVersion",
                    "file: 0 PDF/X output intents", "XMP metadata lacks pdfxid:GTS_PDFXVersion",
                    "page 1: TrimBox", "not within BleedBox", "page 1: MediaBox does not start at 0,0",
                    "page 1: colour in DeviceRGB (rg", "page 1: colour with 350 % ink",
                    "page 1: font not embedded: Helvetica", "page 1: annotation Link")) {
                assertTrue(findings.contains(expected), expected + " in " + findings);
            }
        }
    }
}
