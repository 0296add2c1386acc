package de.tagungsband.pdf;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.PdfFiles;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds the repository's example archive and reads the 2021 proceedings volume back with PDFBox: contents,
 * outline, page numbers, footnotes, fonts, metadata, contributor list, and the links from the HTML pages.
 */
class ExampleVolumeTest {

    static final String EVENT = "2021/vom-ankommen-und-bleiben/";
    static final String PDF = EVENT + "tagungsband-vom-ankommen-und-bleiben.pdf";

    @TempDir
    static Path dir;
    static Path site;
    static PDDocument pdf;
    static List<String> texts;
    static String[] labels;
    /** Session title by the session's page path, in programme order, as the event page lists them. */
    static Map<String, String> sessions = new LinkedHashMap<>();

    @BeforeAll
    static void build() {
        site = dir.resolve("site");
        BuildResult result = Tagungsband.build(BuildOptions.builder(ContentFixture.repository()).out(site).build());
        assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
        pdf = PdfFiles.open(site.resolve(PDF));
        texts = PdfFiles.pageTexts(pdf);
        labels = PdfFiles.labels(pdf);
        Document event = SiteFiles.parse(site.resolve(EVENT + "index.html"));
        for (Element link : event.select(".programme-list h3 a")) {
            sessions.put(EVENT + link.attr("href").replace("index.html", ""), link.text());
        }
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    /**
     * The typographer's checks on both example volumes: no runs of more than two hyphenated lines, no split last word,
     * no widow or orphan, no overfull line, nothing outside the type area, no hyphenated address, no loose line in a
     * footnote or a table cell (2021: 10 note lines, 22 cell lines). Loose body lines (word spaces over 1.5 times their
     * width) are held at what the optimiser reaches today (16 of 284 lines in 2021, 14 of 162 in 2019), not yet the 1 %
     * the issue asks for (docs/output.md, "Line breaking"): a change that loosens the
     * type fails here.
     */
    @Test
    void bothVolumesPassTheTypographersChecks() throws IOException {
        Map<String, Double> mostLoose = Map.of(PDF, 0.06, "2019/gemeinsam-vor-ort/tagungsband-gemeinsam-vor-ort.pdf", 0.09);
        for (String volume : List.of(PDF, "2019/gemeinsam-vor-ort/tagungsband-gemeinsam-vor-ort.pdf")) {
            try (PDDocument book = PdfFiles.open(site.resolve(volume))) {
                TypeCheck.Report report = TypeCheck.check(book, TypeCheck.TypeArea.forPaper("a4"));
                System.out.println(volume + ": " + report.summary());
                for (String kind : List.of(TypeCheck.HYPHEN_RUN, TypeCheck.FINAL_HYPHEN, TypeCheck.WIDOW, TypeCheck.ORPHAN,
                        TypeCheck.OVERFULL, TypeCheck.OUTSIDE, TypeCheck.ADDRESS_HYPHEN, TypeCheck.LOOSE_NOTE,
                        TypeCheck.LOOSE_TABLE)) {
                    assertEquals(0, report.count(kind), () -> volume + ": " + report.findings());
                }
                assertTrue(report.bodyLines() > 150, report.summary());
                assertTrue(!volume.equals(PDF) || report.noteLines() > 5 && report.tableLines() > 10, report.summary());
                assertTrue(report.looseShare() < mostLoose.get(volume), report.summary());
            }
        }
    }

    /** A figure with a title has a numbered caption; the diagram's labels are set in the volume's own fonts. */
    @Test
    void theFigureHasANumberedCaptionAndItsLabelsUseTheBookFonts() throws IOException {
        int page = -1;
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains("Abbildung 1: Integrationsorte im Sozialraum")) {
                page = i;
            }
        }
        assertTrue(page > 0, "no caption Abbildung 1");
        // the diagram's labels are drawn as outlines of the registered faces (looked at: they stay inside their
        // shapes); no other font may be embedded for them
        List<String> fonts = new ArrayList<>();
        collectFonts(pdf.getPage(page).getResources(), fonts);
        assertFalse(fonts.isEmpty());
        for (String font : fonts) {
            assertTrue(font.contains("Noto"), "a font that is not the book's on the figure's page: " + fonts);
        }
    }

    private static void collectFonts(PDResources resources, List<String> names) throws IOException {
        if (resources == null) {
            return;
        }
        for (var name : resources.getFontNames()) {
            names.add(resources.getFont(name).getName());
        }
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), names);
            }
        }
    }

    /**
     * One folio throughout: a front-matter page (roman), a left and a right page of the body carry their number in
     * the same face and size on the same baseline, left pages at the type area's left edge, right pages at its right
     * (front matter and body once had two sizes and faces: a named page's margin box replaced the general one).
     */
    @Test
    void foliosHaveOneSizeFaceAndPlaceInFrontMatterAndBody() {
        int front = Arrays.asList(labels).indexOf("III");
        int frontLeft = Arrays.asList(labels).indexOf("IV");
        int bodyLeft = Arrays.asList(labels).indexOf("2");
        int bodyRight = Arrays.asList(labels).indexOf("3");
        assertTrue(front > 0 && frontLeft > 0 && bodyLeft > 0 && bodyRight > 0, Arrays.toString(labels));
        PdfFiles.Folio roman = PdfFiles.folio(pdf, front);
        PdfFiles.Folio romanLeft = PdfFiles.folio(pdf, frontLeft);
        PdfFiles.Folio left = PdfFiles.folio(pdf, bodyLeft);
        PdfFiles.Folio right = PdfFiles.folio(pdf, bodyRight);
        assertEquals("III", roman.text());
        assertEquals("IV", romanLeft.text());
        assertEquals("2", left.text());
        assertEquals("3", right.text());
        for (PdfFiles.Folio folio : List.of(roman, romanLeft, left, right)) {
            assertEquals("NotoSans", folio.font(), folio.toString());
            assertEquals(8.5f, folio.size(), 0.05f, folio.toString());
            assertEquals(right.baseline(), folio.baseline(), 0.1f, folio + " beside " + right);
        }
        assertEquals(right.right(), roman.right(), 0.1f, "right pages: flush with the type area's right edge");
        assertEquals(left.left(), romanLeft.left(), 0.1f, "left pages: flush with the type area's left edge");
        float width = pdf.getPage(bodyLeft).getMediaBox().getWidth();
        assertEquals(left.left(), width - right.right(), 0.5f, "mirrored: the same distance from the outer edge");
    }

    @Test
    void theEventPageLinksTheVolume() {
        Document event = SiteFiles.parse(site.resolve(EVENT + "index.html"));
        assertEquals("tagungsband-vom-ankommen-und-bleiben.pdf", event.selectFirst("a.pdf").attr("href"));
        assertTrue(sessions.size() >= 5, sessions.toString());
    }

    @Test
    void thePageCountIsCoverFrontMatterAndTheNumberedPages() {
        int pages = pdf.getNumberOfPages();
        assertEquals(pages, labels.length);
        assertEquals("U1", labels[0]);
        assertEquals("U2", labels[1]);
        assertEquals("I", labels[2], "the title page is page I");
        assertEquals("", texts.get(1).replace("\u00A0", "").strip(), "the back of the cover is empty");
        assertTrue(texts.get(2).startsWith("TAGUNGSBAND Vom Ankommen und Bleiben"), texts.get(2));
        int first = Arrays.asList(labels).indexOf("1");
        assertTrue(first > 4 && first % 2 == 0, "the first session opens on a right-hand page: index " + first);
        assertEquals(Integer.toString(pages - first), labels[pages - 1], "arabic numbers run to the last page");
        // the printed number at the foot of the last page is the last label
        assertTrue(footOf(pages - 1).contains(labels[pages - 1]), footOf(pages - 1));
        assertTrue(pages > 15, "pages: " + pages);
    }

    @Test
    void everySessionIsInTheOutlineWithItsInputChapterBelowIt() {
        List<String> top = new ArrayList<>();
        Map<String, List<String>> children = new LinkedHashMap<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            top.add(item.getTitle());
            List<String> below = new ArrayList<>();
            item.children().forEach(child -> below.add(child.getTitle()));
            children.put(item.getTitle(), below);
        }
        assertEquals("Inhalt", top.get(0));
        assertEquals("Einleitung", top.get(1));
        assertEquals(new ArrayList<>(sessions.values()), top.subList(2, 2 + sessions.size()));
        assertEquals("Mitwirkende", top.get(top.size() - 1));
        assertEquals(List.of("Der Kinder- und Familientreff Puzzle, Omse e.V."),
                children.get("Wo bleiben die geflüchteten Menschen – Angebote sozialräumlicher Integration"));
    }

    @Test
    void everyOutlineEntryOpensThePageWhereItsTitleStands() throws IOException {
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            int page = destinationPage(item);
            assertTrue(texts.get(page).contains(item.getTitle()), item.getTitle() + " not on page " + labels[page]);
        }
    }

    /**
     * One typographic hierarchy in the contents: every chapter title in one face and size, the sub-chapter (an input
     * with its own text) in the same family, lighter and no larger, set in by 6 mm; every kind label alike, every
     * author line alike and at the same distance below its title's last line at both levels; every page number alike.
     */
    @Test
    void theContentsSetChapterAboveSubChapterInOneHierarchy() {
        int contents = indexOfPageStartingWith("Inhalt");
        List<PdfFiles.SetLine> lines = PdfFiles.setLines(pdf, contents).stream()
                .filter(l -> l.baseline() > mm(30) && !l.text().equals("Inhalt")).toList();
        float left = lines.stream().map(PdfFiles.SetLine::left).min(Float::compare).orElseThrow();
        List<PdfFiles.SetLine> kinds = lines.stream().filter(l -> l.size() < 7).toList();
        List<PdfFiles.SetLine> authors = lines.stream().filter(l -> l.font().contains("Italic")).toList();
        List<PdfFiles.SetLine> titles = lines.stream().filter(l -> !kinds.contains(l) && !authors.contains(l)).toList();
        assertTrue(kinds.size() >= 5 && authors.size() >= 5 && titles.size() >= 8, lines.toString());
        assertEquals(1, kinds.stream().map(l -> l.font() + l.size()).distinct().count(), kinds.toString());
        assertEquals(1, authors.stream().map(l -> l.font() + l.size()).distinct().count(), authors.toString());
        List<PdfFiles.SetLine> chapters = titles.stream().filter(l -> Math.abs(l.left() - left) < 0.5f).toList();
        List<PdfFiles.SetLine> subChapters = titles.stream().filter(l -> Math.abs(l.left() - left - mm(6)) < 0.5f).toList();
        assertEquals(titles.size(), chapters.size() + subChapters.size(), "a title line at neither level: " + titles);
        assertTrue(subChapters.stream().anyMatch(l -> l.text().startsWith("Der Kinder- und Familientreff")), titles.toString());
        assertEquals(1, chapters.stream().map(l -> l.font() + l.size()).distinct().count(), chapters.toString());
        assertEquals(1, subChapters.stream().map(l -> l.font() + l.size()).distinct().count(), subChapters.toString());
        PdfFiles.SetLine chapter = chapters.get(0);
        PdfFiles.SetLine subChapter = subChapters.get(0);
        assertEquals(chapter.font().replace("-Bold", ""), subChapter.font(), "one family, the sub-chapter not bold");
        assertTrue(chapter.font().endsWith("-Bold"), chapter.toString());
        assertTrue(subChapter.size() <= chapter.size(), subChapter + " larger than " + chapter);
        // each author line stands as far below the line above it, under a chapter as under a sub-chapter
        assertEquals(1, authors.stream().map(a -> Math.round((lines.get(lines.indexOf(a) - 1).baseline() - a.baseline()) * 2))
                .distinct().count(), "author lines at different distances: " + lines);
        List<PdfFiles.SetLine> numbered = titles.stream().filter(l -> l.text().matches(".*\\.\\s*(\\d+|[IVX]+)$")).toList();
        assertTrue(numbered.size() >= 8, "entries with a page number: " + numbered);
        assertEquals(1, numbered.stream().map(l -> l.endFont() + l.endSize()).distinct().count(), numbered.toString());
    }

    @Test
    void theContentsListEverySessionWithThePageWhereItsTitleReallyIs() throws IOException {
        int contents = indexOfPageStartingWith("Inhalt");
        List<String> toc = new ArrayList<>();
        for (PDAnnotation annotation : pdf.getPage(contents).getAnnotations()) {
            if (!(annotation instanceof PDAnnotationLink link) || !(link.getAction() instanceof PDActionGoTo)) {
                continue;
            }
            Rectangle2D box = area(pdf.getPage(contents), link.getRectangle());
            // the number stands right-aligned in the last 6 mm, level with the title's last line; dot leaders lead to it
            float numberWidth = mm(6.5f);
            String withLeader = PdfFiles.textIn(pdf, contents, new Rectangle2D.Double(box.getX(), box.getY(),
                    box.getWidth() - numberWidth, box.getHeight()));
            assertTrue(withLeader.matches("(?s).*\\S(\\s*\\.){5,}\\s*"), "no dot leader: " + withLeader);
            String title = withLeader.replaceFirst("(\\s*\\.){5,}\\s*$", "");
            String printed = PdfFiles.textIn(pdf, contents, new Rectangle2D.Double(box.getMaxX() - numberWidth,
                    box.getY(), numberWidth, box.getHeight()));
            assertTrue(printed.matches("[IVXL]+|\\d+"), "contents entry without a page number: " + title + " / " + printed);
            String lastLine = PdfFiles.textIn(pdf, contents, new Rectangle2D.Double(box.getMaxX() - numberWidth,
                    box.getMaxY() - 12, numberWidth, 12));
            assertEquals(printed, lastLine, "the number stands level with the last line of " + title);
            int target = ((PDPageDestination) ((PDActionGoTo) link.getAction()).getDestination()).retrievePageNumber();
            assertEquals(printed, labels[target], title);
            // the title really stands on the page with that number, and on no page before it (after the contents)
            assertTrue(texts.get(target).contains(title), title + " not on page " + printed);
            for (int i = contents + 1; i < target; i++) {
                assertFalse(texts.get(i).startsWith(title) || chapterOpensWith(i, title), title + " already on " + labels[i]);
            }
            toc.add(title);
        }
        for (String title : sessions.values()) {
            assertTrue(toc.contains(title), "missing from the contents: " + title + " in " + toc);
        }
        assertTrue(toc.stream().anyMatch(t -> "Der Kinder- und Familientreff Puzzle, Omse e.V.".startsWith(t)
                && t.length() > 45), toc.toString());
        assertTrue(toc.contains("Einleitung") && toc.contains("Mitwirkende"), toc.toString());
    }

    @Test
    void eachSessionPageNamesAndLinksThePageWhereItStartsInTheVolume() {
        for (Map.Entry<String, String> session : sessions.entrySet()) {
            Document page = SiteFiles.parse(site.resolve(session.getKey() + "index.html"));
            Element link = page.selectFirst(".volume-page a");
            assertNotNull(link, session.getKey());
            Matcher text = Pattern.compile("Tagungsband, S\\. (\\d+)").matcher(link.text());
            assertTrue(text.matches(), link.text());
            Matcher href = Pattern.compile("\\.\\./tagungsband-vom-ankommen-und-bleiben\\.pdf#page=(\\d+)").matcher(link.attr("href"));
            assertTrue(href.matches(), link.attr("href"));
            int index = Integer.parseInt(href.group(1)) - 1;
            assertEquals(text.group(1), labels[index], session.getValue());
            assertTrue(chapterOpensWith(index, session.getValue()), session.getValue() + " does not open page " + labels[index]);
        }
        Document input = SiteFiles.parse(site.resolve(EVENT + "wo-bleiben-die-gefluechteten-menschen/familientreff-puzzle/index.html"));
        String href = input.selectFirst(".volume-page a").attr("href");
        int index = Integer.parseInt(href.substring(href.indexOf("#page=") + 6)) - 1;
        assertTrue(texts.get(index).contains("Der Kinder- und Familientreff Puzzle, Omse e.V."), texts.get(index));
    }

    @Test
    void everyChapterCarriesItsAuthorsAndTheAddressOfItsOnlinePage() throws IOException {
        int bylines = 0;
        for (Map.Entry<String, String> session : sessions.entrySet()) {
            int start = pageOpening(session.getValue());
            List<String> addresses = new ArrayList<>();
            for (PDAnnotation annotation : pdf.getPage(start).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    addresses.add(uri.getURI());
                }
            }
            assertTrue(addresses.contains("https://doku.lafast-sachsen.net/" + session.getKey()), addresses.toString());
            assertTrue(texts.get(start).contains("Online: https://doku.lafast-sachsen.net/2021/"), texts.get(start));
            Document page = SiteFiles.parse(site.resolve(session.getKey() + "index.html"));
            // the chapter's byline names the authors as the page's byline does: with role and organisation
            String opening = texts.get(start).replaceAll("\\s+", " ");
            Element byline = page.selectFirst("article header .byline");
            if (byline != null) {
                assertTrue(opening.contains(byline.text()), byline.text() + " missing on " + labels[start]);
                bylines++;
            }
        }
        assertTrue(bylines > 3, "sessions with authors: " + bylines);
    }

    @Test
    void footnotesStandAtTheFootOfThePageThatReferencesThem() {
        int notes = 0;
        for (String path : sessions.keySet()) {
            Document page = SiteFiles.parse(site.resolve(path + "index.html"));
            for (Element note : page.select("section.footnotes li")) {
                note.select("a.footnote-backref").remove();
                String text = note.text();
                String start = text.substring(0, Math.min(40, text.length()));
                int found = -1;
                for (int i = 0; i < texts.size() && found < 0; i++) {
                    if (footnoteArea(i).contains(start)) {
                        found = i;
                    }
                }
                assertTrue(found >= 0, "footnote not at the foot of any page: " + text);
                notes++;
            }
        }
        assertTrue(notes >= 3, "footnotes checked: " + notes);
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        int fonts = 0;
        for (PDPage page : pdf.getPages()) {
            fonts += checkFonts(page.getResources());
        }
        assertTrue(fonts > 0);
    }

    @Test
    void documentInformationAndXmpDescribeTheVolume() throws IOException {
        var info = pdf.getDocumentInformation();
        assertEquals("Vom Ankommen und Bleiben – Soziale Arbeit mit geflüchteten Menschen zwischen Innovation und Verstetigung",
                info.getTitle());
        assertEquals("LaFaSt FSA/MSA in Sachsen", info.getAuthor());
        assertTrue(info.getSubject().startsWith("Tagungsband zum Fachtag „Vom Ankommen und Bleiben“"), info.getSubject());
        assertTrue(info.getKeywords().contains("Sozialraum"), info.getKeywords());
        assertNull(info.getCreationDate(), "no wall-clock date in the file");
        assertEquals("de", pdf.getDocumentCatalog().getLanguage());
        // xmpbox writes the packet indented: compared without the white space between elements
        String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8)
                .replaceAll(">\\s+<", "><");
        assertTrue(xmp.contains("<dc:language><rdf:Bag><rdf:li>de</rdf:li>"), xmp);
        assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
        assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
        assertTrue(xmp.contains(info.getTitle()), xmp);
        assertTrue(xmp.contains("<dc:creator><rdf:Seq><rdf:li>LaFaSt FSA/MSA in Sachsen</rdf:li></rdf:Seq></dc:creator>"),
                "the editors are the volume's authors in XMP too: " + xmp);
        assertTrue(pdf.getDocumentCatalog().getStructureTreeRoot() != null, "tagged");
    }

    @Test
    void theContributorListNamesThePagesWhereEachContributorReallyAppears() {
        int first = indexOfPageStartingWith("Mitwirkende");
        Pattern entry = Pattern.compile("^(.+?) ((?:\\d+, )*\\d+)$");
        int checked = 0;
        for (int i = first; i < pdf.getNumberOfPages(); i++) {
            for (String line : PdfFiles.lines(pdf, i)) {
                Matcher m = entry.matcher(line);
                if (!m.matches() || line.equals(labels[i])) {
                    continue;
                }
                String name = m.group(1);
                for (String printed : m.group(2).split(", ")) {
                    int page = Arrays.asList(labels).indexOf(printed);
                    assertTrue(page >= 0 && page < first, printed);
                    assertTrue(texts.get(page).contains(name), name + " is not on page " + printed);
                }
                checked++;
            }
        }
        assertTrue(checked >= 10, "entries checked: " + checked);
        String list = String.join(" ", texts.subList(first, texts.size()));
        assertTrue(list.contains("Personen") && list.contains("Organisationen"), list);
        // the authors of a chapter are listed with the page where it opens
        int brandt = pageOpening(sessions.get(EVENT + "von-der-projektlogik-zur-regelstruktur/"));
        assertTrue(list.matches(".*Prof\\. Dr\\. Heike Brandt (\\d+, )*" + labels[brandt] + "\\b.*"), list);
    }

    @Test
    void openingPagesHaveNoRunningHeadOtherPagesHaveEventTitleLeftAndChapterTitleRight() {
        int first = Arrays.asList(labels).indexOf("1");
        int heads = 0;
        for (String title : sessions.values()) {
            int opening = pageOpening(title);
            assertEquals("", headOf(opening), "running head on the opening page of " + title);
            int next = opening + 1;
            if (next < pdf.getNumberOfPages() && !texts.get(next).isEmpty() && sessions.values().stream().noneMatch(t -> chapterOpensWith(next, t))) {
                String expected = (next - first) % 2 == 1 ? "Vom Ankommen und Bleiben" : title;
                assertEquals(expected, headOf(next), "page " + labels[next]);
                heads++;
            }
        }
        assertTrue(heads >= 3, "running heads checked: " + heads);
        assertEquals("", headOf(0) + headOf(2) + headOf(3), "no heads on cover, title page and imprint");
    }

    @Test
    void theFrontMatterIsNumberedInRomanTheSessionsInArabic() {
        int contents = indexOfPageStartingWith("Inhalt");
        assertTrue(labels[contents].matches("[IVX]+"), labels[contents]);
        assertTrue(footOf(contents).contains(labels[contents]), footOf(contents));
        int opening = pageOpening(sessions.values().iterator().next());
        assertEquals("1", labels[opening]);
        assertTrue(footOf(opening).contains("1"));
        assertFalse(footOf(0).matches(".*\\b([ivx]+|\\d+)$"), "no number on the cover: " + footOf(0));
        assertEquals("", footOf(2), "no number on the title page");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static int checkFonts(PDResources resources) throws IOException {
        if (resources == null) {
            return 0;
        }
        int count = 0;
        for (var name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            boolean embedded = font instanceof PDType0Font type0 ? type0.getDescendantFont().isEmbedded() : font.isEmbedded();
            assertTrue(embedded, font.getName() + " is not embedded");
            count++;
        }
        for (var name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                count += checkFonts(form.getResources());
            }
        }
        return count;
    }

    private static int destinationPage(PDOutlineItem item) throws IOException {
        if (item.getDestination() instanceof PDPageDestination destination) {
            return destination.retrievePageNumber();
        }
        return ((PDPageDestination) ((PDActionGoTo) item.getAction()).getDestination()).retrievePageNumber();
    }

    private static int indexOfPageStartingWith(String heading) {
        for (int i = 0; i < texts.size(); i++) {
            if (bodyOf(i).startsWith(heading)) {
                return i;
            }
        }
        throw new AssertionError("no page starts with " + heading);
    }

    /** The page on which a chapter with this title opens. */
    private static int pageOpening(String title) {
        for (int i = 0; i < texts.size(); i++) {
            if (chapterOpensWith(i, title)) {
                return i;
            }
        }
        throw new AssertionError("no chapter opens with " + title);
    }

    /** A chapter opening: the kind of session, then the title, at the top of the text. */
    private static boolean chapterOpensWith(int page, String title) {
        return bodyOf(page).matches("^(HAUPTVORTRAG|VORTRAG|ARBEITSTISCH|PODIUM) " + Pattern.quote(title) + ".*");
    }

    private static String bodyOf(int page) {
        PDRectangle box = pdf.getPage(page).getMediaBox();
        return PdfFiles.textIn(pdf, page, new Rectangle2D.Float(0, mm(25), box.getWidth(), box.getHeight() - mm(55)));
    }

    private static String headOf(int page) {
        return PdfFiles.textIn(pdf, page, new Rectangle2D.Float(0, 0, pdf.getPage(page).getMediaBox().getWidth(), mm(24)));
    }

    private static String footOf(int page) {
        PDRectangle box = pdf.getPage(page).getMediaBox();
        return PdfFiles.textIn(pdf, page, new Rectangle2D.Float(0, box.getHeight() - mm(30), box.getWidth(), mm(30)));
    }

    /** The lower third of the text block, where footnotes are set. */
    private static String footnoteArea(int page) {
        PDRectangle box = pdf.getPage(page).getMediaBox();
        return PdfFiles.textIn(pdf, page, new Rectangle2D.Float(0, box.getHeight() * 2 / 3, box.getWidth(), box.getHeight() / 3 - mm(30)));
    }

    /** An annotation's rectangle (PDF units from the bottom) as an area from the top of the page. */
    private static Rectangle2D area(PDPage page, PDRectangle rect) {
        float height = page.getMediaBox().getHeight();
        return new Rectangle2D.Float(rect.getLowerLeftX() - 1, height - rect.getUpperRightY() - 1, rect.getWidth() + 2,
                rect.getHeight() + 2);
    }

    private static float mm(float mm) {
        return mm / 25.4f * 72;
    }
}
