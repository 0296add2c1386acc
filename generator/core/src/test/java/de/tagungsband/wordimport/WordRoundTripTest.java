package de.tagungsband.wordimport;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round trip through a real word processor: documents LibreOffice saved as .docx (each with headings, a nested
 * list, a table, three footnotes, an image with alternative text, a tracked change and a comment) are imported into
 * a small archive; the record builds, and its page has the source's headings, list items, table cells and
 * footnote texts.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class WordRoundTripTest {

    @TempDir
    Path dir;

    static List<String> sources() {
        return OfficeDocuments.SOURCES;
    }

    @ParameterizedTest
    @MethodSource("sources")
    void theImportedRecordBuildsAndKeepsWhatTheSourceSays(String name) throws IOException {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        WordImport.Result result = WordImport.run(new WordImport.Request(OfficeDocuments.docx(name), content,
                "2020-testtag", "talk", null, false));

        BuildResult build = Tagungsband.build(BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).drafts(true).proceedings(false).build());
        assertFalse(build.hasErrors(), () -> build.diagnostics().toString());
        String slug = result.record().getFileName().toString().replace(".md", "");
        Document page = SiteFiles.parse(dir.resolve("site/2020/testtag/" + slug + "/index.html"));
        Document source = Jsoup.parse(Files.readString(OfficeDocuments.source(name)), "", Parser.xmlParser());
        Element article = page.selectFirst(".prose").clone();
        article.select("a.anchor").remove();
        Element notes = article.selectFirst("section.footnotes");
        notes.remove();

        List<String> headings = texts(source.select("text|p, text|h").stream()
                .filter(e -> e.tagName().equals("text:h") || e.attr("text:style-name").equals("Title")).toList());
        assertEquals(headings, texts(page.selectFirst("h1"), article.select("h2, h3, h4, h5, h6")));
        assertEquals(texts(source.select("text|list-item > text|p")), texts(article.select("li")));
        assertEquals(texts(source.select("table|table-cell")), texts(article.select("td, th")));
        assertEquals(texts(source.select("text|note-body")), footnotes(notes));
        Element image = article.selectFirst("img");
        assertEquals(source.selectFirst("svg|desc").text(), image.attr("alt"));
        assertTrue(Files.isRegularFile(content.resolve("2020-testtag").resolve(
                result.markdown().replaceAll("(?s).*\\]\\((images/[^)]+)\\).*", "$1"))));
    }

    private static List<String> footnotes(Element notes) {
        return notes.select("li").stream().map(li -> {
            Element copy = li.clone();
            copy.select(".footnote-backref").remove();
            return normal(copy.text());
        }).toList();
    }

    private static List<String> texts(Element first, List<Element> rest) {
        List<String> texts = new java.util.ArrayList<>();
        texts.add(normal(first.text()));
        texts.addAll(texts(rest));
        return texts;
    }

    private static List<String> texts(List<Element> elements) {
        return elements.stream().map(e -> {
            Element copy = e.clone();
            copy.select("text|note, office|annotation, ul, ol, sup, text|list").remove();
            return normal(copy.text());
        }).toList();
    }

    private static String normal(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
