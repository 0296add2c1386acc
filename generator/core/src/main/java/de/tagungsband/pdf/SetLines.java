package de.tagungsband.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a PDF as they were set, read back glyph by glyph with PDFBox: for each line its page, baseline, left
 * and right edge, text, body font and the gaps between its words. Glyphs come in the order the engine drew them; a
 * new line starts where the baseline moves by more than a superscript would or the pen goes back to the left.
 */
final class SetLines {

    /** One glyph: where it stands (points from the top left), how wide it is, in what font. */
    record Glyph(String text, float x, float baseline, float width, float size, String font, float spaceWidth) {
        boolean isSpace() {
            return text.isBlank() || text.equals("\u00A0") || text.equals("\u200B");
        }
    }

    /**
     * A set line.
     *
     * @param font the font most of its glyphs are in, with its size, e.g. "NotoSerif-Regular 10.5"
     * @param wordGaps the distances between its words, each divided by the natural word space of the font
     */
    record Line(int page, float baseline, float left, float right, String text, String font, float size,
                List<Float> wordGaps) {

        /** The line ends in a hyphen (a soft hyphen that broke, or a hard one). */
        boolean hyphenated() {
            String t = text.stripTrailing();
            return t.length() > 1 && (t.endsWith("-") || t.endsWith("\u00AD") || t.endsWith("\u2010"))
                    && Character.isLetterOrDigit(t.charAt(t.length() - 2));
        }

        String firstWord() {
            String t = text.strip();
            int space = t.indexOf(' ');
            return space < 0 ? t : t.substring(0, space);
        }

        String lastWord() {
            String t = text.strip();
            return t.substring(t.lastIndexOf(' ') + 1);
        }

        int words() {
            return text.strip().split("\\s+").length;
        }
    }

    private SetLines() {
    }

    static List<Line> read(PDDocument document) {
        Collector collector;
        try {
            collector = new Collector();
            collector.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        collector.endLine();
        return collector.lines;
    }

    private static final class Collector extends PDFTextStripper {

        private final List<Line> lines = new ArrayList<>();
        private final List<Glyph> current = new ArrayList<>();
        private int page;

        Collector() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage p) {
            endLine();
            page = getCurrentPageNo() - 1;
        }

        @Override
        protected void processTextPosition(TextPosition position) {
            String font = position.getFont() == null ? "" : position.getFont().getName();
            font = font == null ? "" : font.substring(font.indexOf('+') + 1);
            Glyph glyph = new Glyph(position.getUnicode() == null ? "" : position.getUnicode(), position.getXDirAdj(),
                    position.getYDirAdj(), position.getWidthDirAdj(), Math.round(position.getFontSizeInPt() * 10) / 10f,
                    font, position.getWidthOfSpace());
            if (!current.isEmpty()) {
                Glyph last = current.get(current.size() - 1);
                if (Math.abs(glyph.baseline() - last.baseline()) > 4.5f || glyph.x() < last.x() - 1f) {
                    endLine();
                }
            }
            current.add(glyph);
        }

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) {
        }

        @Override
        protected void writeLineSeparator() {
        }

        @Override
        protected void writeWordSeparator() {
        }

        void endLine() {
            List<Glyph> glyphs = current.stream().filter(g -> !g.text().equals("\u200B")).toList();
            current.clear();
            if (glyphs.stream().allMatch(Glyph::isSpace)) {
                return;
            }
            lines.add(line(page, glyphs));
        }
    }

    private static Line line(int page, List<Glyph> glyphs) {
        java.util.Map<String, Integer> fonts = new java.util.HashMap<>();
        StringBuilder text = new StringBuilder();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        Glyph previous = null;
        List<Float> gaps = new ArrayList<>();
        boolean spaceSeen = false;
        for (Glyph g : glyphs) {
            if (g.isSpace()) {
                spaceSeen = true;
                continue;
            }
            fonts.merge(g.font() + " " + g.size(), g.text().length(), Integer::sum);
            left = Math.min(left, g.x());
            right = Math.max(right, g.x() + g.width());
            if (previous != null) {
                float gap = g.x() - (previous.x() + previous.width());
                float natural = Math.max(previous.spaceWidth(), 0.1f);
                if (spaceSeen || gap > 0.6f * natural) {
                    text.append(' ');
                    gaps.add(gap / natural);
                }
            }
            spaceSeen = false;
            text.append(g.text());
            previous = g;
        }
        String font = fonts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        float size = Float.parseFloat(font.substring(font.lastIndexOf(' ') + 1));
        return new Line(page, glyphs.get(0).baseline(), left, right, text.toString(), font, size, List.copyOf(gaps));
    }
}
