package de.tagungsband.pdf;

import de.tagungsband.html.PageRenderer;
import de.tagungsband.record.SiteConfig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sets one volume: renders the print HTML, lays it out, reads back where chapters and contributor mentions landed,
 * writes those page numbers into the table of contents and the contributor list, and lays it out again until the
 * numbers it carries are the pages where things really are (the second layout, as a rule). Chapters that must open on
 * a right-hand page get an empty page before them where needed, planned from the same read-back. Then writes the PDF.
 */
final class VolumeSetter {

    static final String TEMPLATE = "proceedings.ftlh";
    /** The title page, every heading that starts a part of the book (…-titel), every contributor mention. */
    private static final Pattern READ_BACK = Pattern.compile(VolumePlan.TITLE_PAGE + "|[a-z0-9-]+-titel|m\\d+");
    /** Every block of a chapter's text (see {@link PrintBody}). */
    private static final Pattern BLOCKS = Pattern.compile("(?:e|s\\d+(?:-e\\d+)?)-" + PrintBody.BLOCK_MARK + "\\d+");
    private static final int MOST_LAYOUTS = 5;

    /**
     * The PDF, where its chapters start and the pages each block of text runs over, and its paragraphs as they were
     * set (for its offprints, which then set none again; dropped with the volume, so a build of many volumes keeps
     * the set paragraphs of those in hand only).
     */
    record Set(byte[] pdf, Pagination pagination, Map<String, PageSpan> blocks, ParagraphSetter paragraphs) {
    }

    private final PageRenderer renderer;
    private final PdfEngine engine;
    private final SiteConfig site;
    private final String baseUri;
    private final ParagraphSetter.Measure measure;
    private final ContentsLines contents;

    VolumeSetter(PageRenderer renderer, PdfEngine engine, SiteConfig site, String baseUri) {
        this.renderer = renderer;
        this.engine = engine;
        this.site = site;
        this.baseUri = baseUri;
        this.measure = ParagraphSetter.Measure.forPaper(site.paper().yamlName());
        this.contents = new ContentsLines(engine.widths(), measure.width());
    }

    Set set(VolumePlan plan, VolumeMetadata.Info info) {
        ParagraphSetter paragraphs = new ParagraphSetter(engine.widths(), measure);
        Pagination pages = Pagination.UNKNOWN;
        for (int layout = 1; layout <= MOST_LAYOUTS; layout++) {
            PrintDocument document = PrintDocument.of(html(plan, pages), baseUri, paragraphs, contents);
            try (PdfEngine.Typeset typeset = engine.typeset(document.w3c(), baseUri)) {
                Pagination found = readBack(plan, typeset, document, pages.blankBefore());
                if (found.samePlacesAs(pages)) {
                    Map<String, PageSpan> blocks = typeset.spansOf(BLOCKS);
                    return new Set(typeset.write(new VolumeMetadata(info, found, document.contentHash())), found,
                            blocks, paragraphs);
                }
                pages = found.withRightHandStarts(rightHandStarts(plan));
            }
        }
        throw new IllegalStateException("the page numbers of " + plan.sitePath() + " did not settle after "
                + MOST_LAYOUTS + " layouts");
    }

    /** The print HTML with these page numbers (package-private for the benchmark, which hands it to other engines). */
    String html(VolumePlan plan, Pagination pages) {
        return renderer.renderPrint(TEMPLATE, plan.event().pagePath(), data(plan, pages));
    }

    /** The print HTML of one chapter set alone, with the volume's page numbers. */
    String html(VolumePlan plan, Pagination pages, Offprint offprint) {
        Map<String, Object> data = data(plan, pages);
        data.put("offprint", offprint);
        return renderer.renderPrint(TEMPLATE, plan.event().pagePath(), data);
    }

    private Map<String, Object> data(VolumePlan plan, Pagination pages) {
        Map<String, Object> data = new HashMap<>();
        data.put("volume", plan);
        data.put("pages", pages);
        data.put("paper", site.paper().yamlName());
        data.put("cover", CoverDesign.of(site.identity(), plan.event(), site.paper()));
        site.legal().imprint().town().ifPresent(town -> data.put("place", town));
        return data;
    }

    /**
     * An offprint from its print HTML ({@link #html(VolumePlan, Pagination, Offprint)}), laid out once, with the
     * volume's set paragraphs ({@link Set#paragraphs}).
     */
    byte[] offprint(String html, Offprint offprint, VolumeMetadata.Info info, byte[] folioFont,
                    ParagraphSetter paragraphs) {
        PrintDocument document = PrintDocument.of(html, baseUri, paragraphs, contents);
        try (PdfEngine.Typeset typeset = engine.typeset(document.w3c(), baseUri)) {
            Pagination pages = Pagination.offprint(offprint.firstFolio(), typeset.pageCount());
            return typeset.write(new OffprintFinish(new VolumeMetadata(info, pages, document.contentHash()), pages,
                    site.paper(), folioFont));
        }
    }

    /**
     * The first session always opens on a right-hand page (page 1), and so does the contributor list; by default
     * (site.yaml's {@code right_hand_chapters}) every chapter does.
     */
    private List<String> rightHandStarts(VolumePlan plan) {
        List<String> ids = new ArrayList<>();
        plan.sessions().stream().limit(site.rightHandChapters() ? Long.MAX_VALUE : 1)
                .forEach(chapter -> ids.add(VolumePlan.titleOf(chapter.id())));
        ids.add(VolumePlan.titleOf(VolumePlan.CONTRIBUTORS));
        return ids;
    }

    private static Pagination readBack(VolumePlan plan, PdfEngine.Typeset typeset, PrintDocument document,
                                       java.util.Set<String> blanks) {
        Map<String, Integer> pages = typeset.pagesOf(READ_BACK);
        int romanStart = pages.getOrDefault(VolumePlan.TITLE_PAGE, 0);
        int arabicStart = plan.sessions().isEmpty() ? Integer.MAX_VALUE
                : pages.getOrDefault(VolumePlan.titleOf(plan.sessions().get(0).id()), Integer.MAX_VALUE);
        return new Pagination(Map.copyOf(pages), romanStart, arabicStart, typeset.pageCount(), document.personOfMark(),
                blanks);
    }
}
