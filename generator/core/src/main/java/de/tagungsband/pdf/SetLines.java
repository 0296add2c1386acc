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
    record Glyph(String text, float x, float baseline, float width, float size, String font, float spaceWidth,
                 boolean inTable) {
        boolean isSpace() {
            return text.isBlank() || text.equals("\u00A0") || text.equals("\u200B");
        }
    }

    /**
     * A set line.
     *
     * @param font the font most of its glyphs are in, with its size, e.g. "NotoSerif-Regular 10.5"
     * @param wordGaps the distances between its words, each divided by the natural word space of the font
     * @param inTable the line is text of a table cell (its marked content belongs to a TD or TH element)
     */
    record Line(int page, float baseline, float left, float right, String text, String font, float size,
                List<Float> wordGaps, boolean inTable) {

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

    /** Text in a table further apart than this many word spaces stands in the next cell: a line of its own. */
    private static final float CELL_GAP = 3;

    private SetLines() {
    }

    static List<Line> read(PDDocument document) {
        Collector collector;
        try {
            collector = new Collector(TableCells.of(document));
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
        private final TableCells cells;
        private final java.util.Deque<Integer> markedContent = new java.util.ArrayDeque<>();
        private int page;

        Collector(TableCells cells) throws IOException {
            this.cells = cells;
            setSortByPosition(false);
        }

        @Override
        public void beginMarkedContentSequence(org.apache.pdfbox.cos.COSName tag,
                                               org.apache.pdfbox.cos.COSDictionary properties) {
            super.beginMarkedContentSequence(tag, properties);
            int mcid = properties == null ? -1 : properties.getInt(org.apache.pdfbox.cos.COSName.MCID, -1);
            markedContent.push(mcid < 0 && !markedContent.isEmpty() ? markedContent.peek() : mcid);
        }

        @Override
        public void endMarkedContentSequence() {
            super.endMarkedContentSequence();
            if (!markedContent.isEmpty()) {
                markedContent.pop();
            }
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
                    font, position.getWidthOfSpace(), !markedContent.isEmpty() && markedContent.peek() >= 0
                    && cells.contains(page, markedContent.peek()));
            if (!current.isEmpty()) {
                Glyph last = current.get(current.size() - 1);
                boolean nextCell = glyph.inTable() && last.inTable()
                        && glyph.x() - (last.x() + last.width()) > CELL_GAP * Math.max(last.spaceWidth(), 0.1f);
                if (Math.abs(glyph.baseline() - last.baseline()) > 4.5f || glyph.x() < last.x() - 1f || nextCell) {
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
        boolean inTable = glyphs.stream().filter(g -> !g.isSpace()).allMatch(Glyph::inTable);
        return new Line(page, glyphs.get(0).baseline(), left, right, text.toString(), font, size, List.copyOf(gaps),
                inTable);
    }
}
