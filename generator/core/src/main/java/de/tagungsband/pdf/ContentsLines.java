package de.tagungsband.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The entries of the table of contents as a book sets them: the title broken into lines here (left-aligned, with the
 * book fonts' widths), its last line running out in dot leaders to the page number, which stands level with that last
 * line. The leader's dots end at the same place in every entry and stand on one grid, counted from there, so the
 * dots of all entries line up (the engine's own {@code leader()} fills each line as it comes, off the grid).
 */
final class ContentsLines {

    private static final float MM = 72f / 25.4f;
    /** The column of the page numbers, right-aligned in it. */
    static final float NUMBER_COLUMN = 6 * MM;
    /** A title's lines keep this far from the right edge, so a title never runs under the numbers. */
    private static final float TITLE_MARGIN = 16 * MM;
    /** Between a title's last word and the first dot, at least. */
    private static final float GAP = 2 * MM;
    /** The shortest leader worth setting. */
    private static final float LEAST_LEADER = 6 * MM;
    /** The leader's dots: Noto Sans 9.5 pt, spaced out by this much (proceedings.css, .toc-leader). */
    private static final TextWidths.Style LEADER = new TextWidths.Style(true, false, false, 9.5f);
    private static final float LEADER_SPACING = 3.5f;
    /** The second level stands this far in (proceedings.css, .toc-level-2). */
    private static final float LEVEL_2_INDENT = 6 * MM;
    /** Our measure and the engine's may differ by a fraction of a point: leave it this much room. */
    private static final float SAFETY = 1f;

    private final TextWidths widths;
    private final float measure;
    private final float pitch;

    ContentsLines(TextWidths widths, float measure) {
        this.widths = widths;
        this.measure = measure;
        this.pitch = widths.of('.', LEADER) + LEADER_SPACING;
    }

    /** Sets every {@code .toc-entry} of the document: its {@code .toc-title} (plain text) and {@code .toc-page}. */
    void setAll(Document doc) {
        for (Element entry : doc.select("div.toc-entry")) {
            Element title = entry.selectFirst(".toc-title");
            Element page = entry.selectFirst(".toc-page");
            if (title != null && page != null) {
                set(entry.hasClass("toc-level-2"), title, page);
            }
        }
    }

    private void set(boolean level2, Element title, Element page) {
        TextWidths.Style style = new TextWidths.Style(true, !level2, false, 10f);
        float line = measure - (level2 ? LEVEL_2_INDENT : 0);
        float leaderEnd = line - NUMBER_COLUMN - MM;
        List<String> lines = lines(title.text().replace("\u00AD", "").strip(), style, line - TITLE_MARGIN,
                leaderEnd - GAP - LEAST_LEADER);
        String number = page.text();
        page.remove();
        title.empty();
        for (int i = 0; i < lines.size() - 1; i++) {
            title.appendElement("span").addClass("toc-line").text(lines.get(i));
        }
        String last = lines.get(lines.size() - 1);
        Element lastLine = title.appendElement("span").addClass("toc-line").addClass("toc-last");
        lastLine.appendElement("span").addClass("toc-page").text(number);
        lastLine.appendText(last);
        float textWidth = widths.of(last, style);
        // the dots are counted from the leader's end: the leader starts on the grid, so every entry's dots line up
        int dots = (int) Math.floor((leaderEnd - textWidth - GAP - SAFETY) / pitch);
        if (dots >= 2) {
            lastLine.appendElement("span").addClass("toc-leader").text(".".repeat(dots))
                    .attr("style", String.format(Locale.ROOT, "margin-left: %.2fpt", leaderEnd - dots * pitch - textWidth));
        }
    }

    /**
     * The words in lines of at most {@code width}, the last one short enough for a leader ({@code lastWidth}): a last
     * line that is too long gives its last words to one line more.
     */
    private List<String> lines(String text, TextWidths.Style style, float width, float lastWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && widths.of(candidate, style) > width - SAFETY) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        String last = current.toString();
        List<String> moved = new ArrayList<>();
        while (widths.of(last, style) > lastWidth - SAFETY && last.contains(" ")) {
            moved.add(0, last.substring(last.lastIndexOf(' ') + 1));
            last = last.substring(0, last.lastIndexOf(' '));
        }
        lines.add(last);
        if (!moved.isEmpty()) {
            lines.add(String.join(" ", moved));
        }
        return lines;
    }
}
