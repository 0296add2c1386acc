package de.tagungsband.epub;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The EPUB's cover: the printed volume's cover page (its colour, pattern, logo, title and facts) drawn as a PNG,
 * so that a reader's library shows the same cover as the shelf. One way to design a cover, not a second one.
 */
final class CoverPicture {

    static final String PATH = "images/cover.png";
    /** About 1600 pixels high on A4, as the EPUB shops ask for. */
    private static final float HEIGHT_PIXELS = 1600;

    private CoverPicture() {
    }

    static byte[] of(byte[] volumePdf) {
        try (PDDocument pdf = Loader.loadPDF(volumePdf)) {
            float heightPoints = pdf.getPage(0).getMediaBox().getHeight();
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, HEIGHT_PIXELS / heightPoints * 72,
                    ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
