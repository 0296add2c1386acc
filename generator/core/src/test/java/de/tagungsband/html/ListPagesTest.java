package de.tagungsband.html;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import de.tagungsband.diagnostic.Diagnostic;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lists of sessions (all articles, a topic) longer than split_lists_above get a page per year. */
class ListPagesTest {

    private static final String ALL_SESSIONS_2020 = "2020/testtag/erster/ 2020/testtag/zweiter/";

    private static final String TITLE_LINKS = "main .session-item > a";

    @TempDir
    Path dir;

    /** The file a link on a page in {@code folder} leads to; it must exist. */
    private static Path target(Path folder, Element link) {
        Path target = folder.resolve(link.attr("href")).normalize();
        target = Files.isDirectory(target) ? target.resolve("index.html") : target;
        assertTrue(Files.isRegularFile(target), link.attr("href") + " in " + folder);
        return target;
    }

    /** The minimal archive with a second event a year earlier; three sessions in all, each on Sozialraum. */
    private static ContentFixture twoYears(String splitSetting) {
        ContentFixture fixture = ContentFixture.minimal();
        return fixture.with("site.yaml", fixture.text("site.yaml") + splitSetting)
                .with("2020-testtag/zweiter.md", fixture.text("2020-testtag/zweiter.md")
                        .replace("order: 2\n", "order: 2\ntopics: [Sozialraum]\n"))
                .with("2019-vortag/event.md", """
                        ---
                        title: "Vortag"
                        date: 2019-03-02
                        format: online
                        ---
                        Ein Jahr davor.
                        """)
                .with("2019-vortag/frueher.md", """
                        ---
                        title: "Früher Beitrag"
                        kind: talk
                        authors: [anna-alt]
                        order: 1
                        topics: [Sozialraum]
                        ---
                        Ein Text aus dem Vorjahr.
                        """);
    }

    private Path build(ContentFixture fixture) {
        Path site = dir.resolve("site");
        BuildResult result = Tagungsband.build(BuildOptions.builder(fixture.writeTo(dir.resolve("content")), site)
                .proceedings(false).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        return site;
    }

    @Test
    void aLongListGetsAPagePerYearThatListsEachSessionOnce() throws Exception {
        Path site = build(twoYears("split_lists_above: 2\n"));
        for (String list : List.of("beitraege/", "themen/sozialraum/")) {
            Document first = SiteFiles.parse(site.resolve(list + "index.html"));
            // the first page names the years and lists the newest year's sessions (it is no hub of links only)
            List<String> newest = first.select(TITLE_LINKS).stream()
                    .map(a -> target(site.resolve(list), a).getParent()).map(p -> site.relativize(p).toString())
                    .map(p -> p.replace('\\', '/')).toList();
            assertFalse(newest.isEmpty(), list + " lists the newest year's sessions");
            assertTrue(newest.stream().allMatch(p -> p.startsWith("2020/")), list + " lists 2020 only: " + newest);
            List<String> years = new ArrayList<>();
            for (Element link : first.select("main nav.year-index a")) {
                years.add(link.text() + " " + link.parent().selectFirst(".count").text());
                assertTrue(Files.isRegularFile(target(site.resolve(list), link)), link.attr("href") + " from " + list);
            }
            assertEquals(List.of("2020 (2 Beiträge)", "2019 (1 Beitrag)"), years, list);

            Set<String> listed = new TreeSet<>();
            for (String year : List.of("2020", "2019")) {
                Path page = site.resolve(list + year + "/index.html");
                Document doc = SiteFiles.parse(page);
                assertEquals(year, doc.selectFirst("nav.year-index a[aria-current=page]").text(), page.toString());
                assertEquals(year, doc.selectFirst("nav.breadcrumbs a[aria-current=page]").text(), page.toString());
                assertTrue(doc.title().startsWith(first.selectFirst("h1").text() + " – " + year), doc.title());
                for (Element session : doc.select(TITLE_LINKS)) {
                    Path target = target(page.getParent(), session).getParent();
                    assertTrue(listed.add(site.relativize(target).toString().replace('\\', '/') + "/"),
                            session.text() + " is listed twice");
                    assertTrue(site.relativize(target).startsWith(year), session.text() + " on the page of " + year);
                }
            }
            assertEquals(new TreeSet<>(List.of(("2019/vortag/frueher/ " + ALL_SESSIONS_2020).split(" "))), listed, list);
        }
        String sitemap = Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8);
        assertTrue(sitemap.contains("/beitraege/2019/") && sitemap.contains("/themen/sozialraum/2020/"), sitemap);
    }

    @Test
    void aListWithinTheLimitStaysOnePage() {
        Path site = build(twoYears("split_lists_above: 3\n"));
        Document articles = SiteFiles.parse(site.resolve("beitraege/index.html"));
        assertNull(articles.selectFirst("nav.year-index"));
        assertEquals(3, articles.select(TITLE_LINKS).size());
        assertFalse(Files.exists(site.resolve("beitraege/2020")));
        assertFalse(Files.exists(site.resolve("themen/sozialraum/2019")));
    }

    @Test
    void theLimitMustBeAPositiveNumber() {
        ContentFixture fixture = twoYears("split_lists_above: 0\n");
        Path content = fixture.writeTo(dir.resolve("content"));
        BuildResult result = Tagungsband.check(BuildOptions.builder(content, dir.resolve("site")).build());
        List<Diagnostic> errors = result.diagnostics().stream().filter(d -> d.message(de.tagungsband.i18n.Texts.of("en")).contains("split_lists_above")).toList();
        assertEquals(1, errors.size(), result.diagnostics()::toString);
        assertEquals(Path.of("site.yaml"), errors.get(0).file());
        assertEquals(fixture.text("site.yaml").lines().toList().indexOf("split_lists_above: 0") + 1, errors.get(0).line());
    }
}
