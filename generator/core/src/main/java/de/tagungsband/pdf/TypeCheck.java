package de.tagungsband.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a typographer checks in a set volume, read back from the PDF (glyph positions per line, {@link SetLines}):
 * loose lines (a word space wider than 1.5 times the font's natural space), more than two hyphenated lines in a row,
 * a paragraph's last word split, widows and orphans, overfull lines, text outside the type area, and hyphenated
 * e-mail or web addresses. Body text is the font and size most of the volume is set in; the cover (pages without a
 * page label) is not checked.
 *
 * <p>Run on a file: {@code java -cp … de.tagungsband.pdf.TypeCheck volume.pdf a4}
 */
public final class TypeCheck {

    private static final float MM = 72f / 25.4f;
    /** How far (points) a line may end short of the measure and still count as justified, not a paragraph's end. */
    private static final float FULL = 1.5f;
    private static final float OVER = 0.8f;
    /** Running heads and folios stand in the margin, but no text comes nearer than this to the paper's edge (mm). */
    private static final float EDGE = 8;
    private static final Pattern ADDRESS = Pattern.compile("[\\w.-]+@[\\w-]+\\.|https?:|www\\.|\\.(de|net|org|com|eu)\\b");

    /** The type area as the stylesheet sets it, in millimetres; inner and outer margins swap on left-hand pages. */
    public record TypeArea(float top, float outer, float bottom, float inner) {
        public static TypeArea forPaper(String paper) {
            return "a5".equals(paper) ? new TypeArea(17, 21, 21, 17) : new TypeArea(27, 45, 32, 30);
        }
    }

    /** One finding: what, on which page (its printed number) and the line it is about. */
    public record Finding(String kind, String page, String line) {
        @Override
        public String toString() {
            return kind + " S. " + page + ": " + line;
        }
    }

    /** The findings and how many body lines, note lines, table lines and lines in all were looked at. */
    public record Report(List<Finding> findings, int bodyLines, int noteLines, int tableLines, int lines) {
        public long count(String kind) {
            return findings.stream().filter(f -> f.kind().equals(kind)).count();
        }

        public double looseShare() {
            return bodyLines == 0 ? 0 : (double) count(LOOSE) / bodyLines;
        }

        public String summary() {
            return String.format(java.util.Locale.ROOT,
                    "%d lines, %d body lines: loose %d (%.2f %%), hyphen runs >2 %d, final-word hyphenated %d, "
                            + "widows %d, orphans %d, overfull %d, outside type area %d, hyphenated addresses %d; "
                            + "%d footnote lines: loose %d; %d table-cell lines: loose %d",
                    lines, bodyLines, count(LOOSE), 100 * looseShare(), count(HYPHEN_RUN), count(FINAL_HYPHEN),
                    count(WIDOW), count(ORPHAN), count(OVERFULL), count(OUTSIDE), count(ADDRESS_HYPHEN), noteLines,
                    count(LOOSE_NOTE), tableLines, count(LOOSE_TABLE));
        }
    }

    public static final String LOOSE = "loose";
    /** A word space over 1.5 times its width in a footnote or a table cell (both set ragged right, not justified). */
    public static final String LOOSE_NOTE = "loose-note";
    public static final String LOOSE_TABLE = "loose-table";
    public static final String HYPHEN_RUN = "hyphen-run";
    public static final String FINAL_HYPHEN = "final-hyphen";
    public static final String WIDOW = "widow";
    public static final String ORPHAN = "orphan";
    public static final String OVERFULL = "overfull";
    public static final String OUTSIDE = "outside";
    public static final String ADDRESS_HYPHEN = "address-hyphen";

    private TypeCheck() {
    }

    public static void main(String[] args) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Path.of(args[0]).toFile())) {
            Report report = check(pdf, TypeArea.forPaper(args.length > 1 ? args[1] : "a4"));
            if (args.length > 2) {
                report.findings().forEach(System.out::println);
            }
            System.out.println(report.summary());
        }
    }

    public static Report check(PDDocument pdf, TypeArea area) {
        String[] labels = labels(pdf);
        List<SetLines.Line> lines = SetLines.read(pdf).stream().filter(l -> !cover(labels[l.page()])).toList();
        String body = bodyFont(lines);
        List<Finding> findings = new ArrayList<>();
        List<SetLines.Line> bodyLines = new ArrayList<>();
        for (SetLines.Line line : lines) {
            PDRectangle media = pdf.getPage(line.page()).getMediaBox();
            boolean right = line.page() % 2 == 0;
            float left = (right ? area.inner() : area.outer()) * MM;
            float rightEdge = media.getWidth() - (right ? area.outer() : area.inner()) * MM;
            boolean isBody = (line.font() + "").equals(body);
            if (isBody && line.right() > rightEdge + OVER) {
                findings.add(new Finding(OVERFULL, labels[line.page()], line.text()));
            } else if (line.left() < left - OVER || line.right() > rightEdge + OVER
                    || line.baseline() < Math.max(area.top() - 14, EDGE) * MM
                    || line.baseline() > media.getHeight() - Math.max(area.bottom() - 20, EDGE) * MM) {
                findings.add(new Finding(OUTSIDE, labels[line.page()], String.format(java.util.Locale.ROOT,
                        "%s (x %.1f–%.1f pt, baseline %.1f pt)", line.text(), line.left(), line.right(), line.baseline())));
            }
            if (isBody) {
                bodyLines.add(line);
            }
        }
        checkBody(pdf, area, bodyLines, labels, findings);
        checkAddresses(lines, labels, findings);
        int[] notesAndTables = checkNotesAndTables(lines, bodyLines, body, labels, findings);
        return new Report(List.copyOf(findings), bodyLines.size(), notesAndTables[0], notesAndTables[1], lines.size());
    }

    private static void checkBody(PDDocument pdf, TypeArea area, List<SetLines.Line> lines, String[] labels,
                                  List<Finding> findings) {
        int run = 0;
        for (int i = 0; i < lines.size(); i++) {
            SetLines.Line line = lines.get(i);
            SetLines.Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            SetLines.Line previous = i > 0 ? lines.get(i - 1) : null;
            String page = labels[line.page()];
            boolean full = full(pdf, area, line);
            boolean continues = next != null && full && follows(line, next);
            if (continues && line.wordGaps().stream().anyMatch(g -> g > 1.5f)) {
                findings.add(new Finding(LOOSE, page, line.text()));
            }
            run = line.hyphenated() && continues ? run + 1 : 0;
            if (run == 3) {
                findings.add(new Finding(HYPHEN_RUN, page, line.text()));
            }
            if (line.hyphenated() && continues && !full(pdf, area, next) && next.words() == 1) {
                findings.add(new Finding(FINAL_HYPHEN, page, line.text() + " / " + next.text()));
            }
            boolean startsParagraph = previous == null || !full(pdf, area, previous) || !follows(previous, line);
            if (continues && next.page() != line.page() && startsParagraph) {
                findings.add(new Finding(ORPHAN, page, line.text()));
            }
            if (previous != null && previous.page() != line.page() && !full && follows(previous, line)
                    && full(pdf, area, previous)) {
                findings.add(new Finding(WIDOW, page, line.text()));
            }
        }
    }

    /**
     * Loose lines in footnotes (the body's face in a smaller size, below a page's last body line, from the first line
     * that starts with a note's number) and table cells
     * (tagged TD or TH). The gap after a note's number at a line's start is the marker's en space, not a word space.
     * A note whose last line is one word after a hyphenated line has its last word split.
     *
     * @return how many note lines and table lines there are
     */
    private static int[] checkNotesAndTables(List<SetLines.Line> lines, List<SetLines.Line> bodyLines, String body,
                                             String[] labels, List<Finding> findings) {
        Map<Integer, Float> lastBody = new HashMap<>();
        bodyLines.forEach(l -> lastBody.merge(l.page(), l.baseline(), Math::max));
        String family = family(body);
        float bodySize = bodyLines.isEmpty() ? 0 : bodyLines.get(0).size();
        int notes = 0;
        int tables = 0;
        int notesOn = -1; // the page whose notes have begun
        List<SetLines.Line> noteLines = new ArrayList<>();
        for (SetLines.Line line : lines) {
            boolean small = !line.inTable() && family(line.font()).equals(family) && line.size() < bodySize
                    && line.baseline() > lastBody.getOrDefault(line.page(), Float.MAX_VALUE);
            if (small && line.firstWord().matches("\\d+")) {
                notesOn = line.page(); // the notes begin with a note's number
            }
            boolean note = small && notesOn == line.page();
            if (!note && !line.inTable()) {
                continue;
            }
            List<Float> gaps = line.wordGaps();
            boolean marker = note && line.firstWord().matches("\\d+");
            boolean loose = gaps.stream().skip(marker ? 1 : 0).anyMatch(g -> g > 1.5f);
            if (note) {
                notes++;
                noteLines.add(line);
            } else {
                tables++;
            }
            if (loose) {
                findings.add(new Finding(note ? LOOSE_NOTE : LOOSE_TABLE, labels[line.page()], line.text()));
            }
        }
        for (int i = 0; i + 1 < noteLines.size(); i++) {
            SetLines.Line line = noteLines.get(i);
            SetLines.Line next = noteLines.get(i + 1);
            SetLines.Line after = i + 2 < noteLines.size() ? noteLines.get(i + 2) : null;
            boolean noteEnds = after == null || after.page() != next.page() || after.firstWord().matches("\\d+");
            if (line.hyphenated() && next.page() == line.page() && next.words() == 1 && noteEnds) {
                findings.add(new Finding(FINAL_HYPHEN, labels[line.page()], line.text() + " / " + next.text()));
            }
        }
        return new int[] {notes, tables};
    }

    /** "NotoSerif" of "NotoSerif-Italic 8.0". */
    private static String family(String font) {
        int end = font.length();
        for (char c : new char[] {'-', ' '}) {
            int i = font.indexOf(c);
            end = i >= 0 ? Math.min(end, i) : end;
        }
        return font.substring(0, end);
    }

    /** The next body line continues the same paragraph: one line further down, or at the top of the next page. */
    private static boolean follows(SetLines.Line line, SetLines.Line next) {
        if (next.page() == line.page() + 1) {
            return true;
        }
        float step = next.baseline() - line.baseline();
        return next.page() == line.page() && step > 0 && step < line.size() * 1.75f;
    }

    private static boolean full(PDDocument pdf, TypeArea area, SetLines.Line line) {
        PDRectangle media = pdf.getPage(line.page()).getMediaBox();
        boolean right = line.page() % 2 == 0;
        float rightEdge = media.getWidth() - (right ? area.outer() : area.inner()) * MM;
        return line.right() >= rightEdge - FULL;
    }

    /** A line that ends in a hyphen inside an e-mail or web address (in any font: notes and imprint too). */
    private static void checkAddresses(List<SetLines.Line> lines, String[] labels, List<Finding> findings) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            SetLines.Line line = lines.get(i);
            if (!line.hyphenated()) {
                continue;
            }
            String joined = line.lastWord() + lines.get(i + 1).firstWord();
            if (ADDRESS.matcher(joined).find()) {
                findings.add(new Finding(ADDRESS_HYPHEN, labels[line.page()], line.text()));
            }
        }
    }

    /** The font and size of most of the text (by characters): the body text. */
    private static String bodyFont(List<SetLines.Line> lines) {
        Map<String, Integer> chars = new HashMap<>();
        lines.forEach(l -> chars.merge(l.font(), l.text().length(), Integer::sum));
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    /** The cover's pages: without a number, or numbered U1 to U4 (Umschlagseiten). */
    private static boolean cover(String label) {
        return label.isEmpty() || label.matches("U\\d");
    }

    private static String[] labels(PDDocument pdf) {
        String[] labels = new String[pdf.getNumberOfPages()];
        try {
            PDPageLabels pageLabels = pdf.getDocumentCatalog().getPageLabels();
            String[] read = pageLabels == null ? null : pageLabels.getLabelsByPageIndices();
            for (int i = 0; i < labels.length; i++) {
                labels[i] = read == null ? Integer.toString(i + 1) : read[i] == null ? "" : read[i];
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }
}
