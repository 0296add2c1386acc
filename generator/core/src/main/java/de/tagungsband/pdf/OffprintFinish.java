package de.tagungsband.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import de.tagungsband.record.Paper;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Finishes an offprint: the metadata and page labels ({@link VolumeMetadata}, from the offprint's
 * {@link Pagination#offprint numbering}), then the folios. The engine can only count its pages from 1 (it ignores
 * {@code counter-reset: page}), so the volume's page numbers are drawn here, where the volume's stylesheet puts
 * them (8.5 pt Noto Sans, outside corner, 7 mm below the type area), as pagination artifacts, which PDF/UA asks of
 * page numbers; they are the numbers the labels say.
 */
final class OffprintFinish implements DocumentFinish {

    private static final float MM = 72f / 25.4f;
    private static final float SIZE = 8.5f;
    /** Noto Sans: ascent of the line box per point of font size, as the engine sets the margin box's line. */
    private static final float ASCENT = 1.069f;

    private final VolumeMetadata metadata;
    private final Pagination pages;
    private final Paper paper;
    private final byte[] font;

    /** @param pages the offprint's numbering, the one {@code metadata} was made with */
    OffprintFinish(VolumeMetadata metadata, Pagination pages, Paper paper, byte[] font) {
        this.metadata = metadata;
        this.pages = pages;
        this.paper = paper;
        this.font = font;
    }

    @Override
    public void onClose(PdfBoxRenderer renderer) {
        metadata.onClose(renderer);
        PDDocument document = renderer.getPdfDocument();
        try {
            PDType0Font sans = PDType0Font.load(document, new ByteArrayInputStream(font), true);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                folio(document, document.getPage(i), sans, Integer.parseInt(pages.label(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On the volume's left-hand (even) pages at the left edge of the type area, on right-hand pages at its right. */
    private void folio(PDDocument document, PDPage page, PDType0Font sans, int number) throws IOException {
        float width = page.getMediaBox().getWidth();
        float outer = (paper == Paper.A5 ? 21 : 45) * MM;
        float bottom = (paper == Paper.A5 ? 21 : 32) * MM;
        String text = Integer.toString(number);
        float textWidth = sans.getStringWidth(text) / 1000 * SIZE;
        float x = number % 2 == 0 ? outer : width - outer - textWidth;
        float y = bottom - 7 * MM - ASCENT * SIZE;
        COSDictionary properties = new COSDictionary();
        properties.setName(COSName.TYPE, "Pagination");
        properties.setName(COSName.SUBTYPE, "Footer");
        try (PDPageContentStream content = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            content.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
            content.beginText();
            content.setFont(sans, SIZE);
            content.setNonStrokingColor(new PDColor(new float[]{0x1b / 255f, 0x1f / 255f, 0x23 / 255f},
                    PDDeviceRGB.INSTANCE));
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
            content.endMarkedContent();
        }
    }
}
