package de.tagungsband;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading a built PDF back in tests: text page by page, text in an area, printed page numbers. */
public final class PdfFiles {

    private PdfFiles() {
    }

    public static PDDocument open(Path pdf) {
        try {
            return Loader.loadPDF(pdf.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every page, in reading order, with soft hyphens, zero-width spaces and line breaks evened out. */
    public static List<String> pageTexts(PDDocument document) {
        List<String> pages = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(normalise(stripper.getText(document)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** The lines of a page, as set (for lists such as the contents and the contributors). */
    public static List<String> lines(PDDocument document, int pageIndex) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(pageIndex + 1);
            stripper.setEndPage(pageIndex + 1);
            return stripper.getText(document).lines().map(l -> l.replace("\u200B", "").replace("\u00AD", "").replace("\u2060", "").strip())
                    .filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text inside a rectangle of a page, in PDF points from the top left corner. */
    public static String textIn(PDDocument document, int pageIndex, Rectangle2D area) {
        try {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            stripper.addRegion("r", area);
            PDPage page = document.getPage(pageIndex);
            stripper.extractRegions(page);
            return normalise(stripper.getTextForRegion("r"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page labels of the file (the numbers printed on the pages), by page index. */
    public static String[] labels(PDDocument document) {
        try {
            PDPageLabels labels = document.getDocumentCatalog().getPageLabels();
            return labels == null ? new String[0] : labels.getLabelsByPageIndices();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Soft hyphens at a line end join the word again; other line breaks become spaces. */
    public static String normalise(String text) {
        return text.replace("\u00AD\n", "").replace("\u00AD\r\n", "").replace("-\u00AD", "-")
                .replace("\u00AD", "").replace("\u200B", "").replace("\u2060", "")
                .replaceAll("\\s+", " ").strip();
    }
}
