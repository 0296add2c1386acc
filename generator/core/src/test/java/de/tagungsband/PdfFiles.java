package de.tagungsband;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

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

    /** How many images a page (its resources) draws directly. */
    public static int images(org.apache.pdfbox.pdmodel.PDResources resources) throws IOException {
        int count = 0;
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                count++;
            }
        }
        return count;
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

    /**
     * The page number printed at the foot of a page (the text in its lowest 25 mm), as set: its face (without the
     * subset prefix), size, left and right edge and baseline, in PDF points from the bottom left corner.
     */
    public record Folio(String text, String font, float size, float left, float right, float baseline) {
    }

    /**
     * A line of a page as set: its text, the face (without the subset prefix) and size of its first letter, its left
     * edge and baseline (PDF points from the bottom left corner), and the face and size of its last letter.
     */
    public record SetLine(String text, String font, float size, float left, float baseline, String endFont,
                          float endSize) {
    }

    /**
     * The lines of a page from top to bottom, with where and in what face each starts; letters whose baselines lie
     * within a point of each other (a page number in a smaller size beside a title) are one line.
     */
    public static List<SetLine> setLines(PDDocument document, int pageIndex) {
        float height = document.getPage(pageIndex).getMediaBox().getHeight();
        List<TextPosition> all = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    all.addAll(positions);
                }
            };
            stripper.setStartPage(pageIndex + 1);
            stripper.setEndPage(pageIndex + 1);
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.sort(java.util.Comparator.comparing(TextPosition::getYDirAdj));
        List<List<TextPosition>> groups = new ArrayList<>();
        for (TextPosition p : all) {
            List<TextPosition> current = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (current == null || p.getYDirAdj() - current.get(current.size() - 1).getYDirAdj() > 1) {
                groups.add(current = new ArrayList<>());
            }
            current.add(p);
        }
        List<SetLine> lines = new ArrayList<>();
        for (List<TextPosition> positions : groups) {
            positions.sort(java.util.Comparator.comparing(TextPosition::getXDirAdj));
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            StringBuilder text = new StringBuilder();
            positions.forEach(p -> text.append(p.getUnicode()));
            lines.add(new SetLine(normalise(text.toString()), face(first), first.getXScale(), first.getXDirAdj(),
                    height - first.getYDirAdj(), face(last), last.getXScale()));
        }
        return lines;
    }

    private static String face(TextPosition position) {
        String font = position.getFont().getName();
        return font.substring(font.indexOf('+') + 1);
    }

    /** The folio of a page, or null when its foot is empty. */
    public static Folio folio(PDDocument document, int pageIndex) {
        float height = document.getPage(pageIndex).getMediaBox().getHeight();
        List<TextPosition> foot = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.stream().filter(p -> p.getYDirAdj() > height - 25 * 72 / 25.4f).forEach(foot::add);
                }
            };
            stripper.setStartPage(pageIndex + 1);
            stripper.setEndPage(pageIndex + 1);
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (foot.isEmpty()) {
            return null;
        }
        TextPosition first = foot.get(0);
        TextPosition last = foot.get(foot.size() - 1);
        StringBuilder text = new StringBuilder();
        foot.forEach(p -> text.append(p.getUnicode()));
        String font = first.getFont().getName();
        return new Folio(text.toString(), font.substring(font.indexOf('+') + 1), first.getXScale(),
                first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), height - first.getYDirAdj());
    }

    /** Soft hyphens at a line end join the word again; other line breaks become spaces. */
    public static String normalise(String text) {
        return text.replace("\u00AD\n", "").replace("\u00AD\r\n", "").replace("-\u00AD", "-")
                .replace("\u00AD", "").replace("\u200B", "").replace("\u2060", "")
                .replaceAll("\\s+", " ").strip();
    }
}
