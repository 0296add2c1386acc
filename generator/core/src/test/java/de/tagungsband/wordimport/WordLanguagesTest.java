package de.tagungsband.wordimport;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.Tagungsband;
import de.tagungsband.i18n.Texts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Passages in another language: Word's marks become {@code {lang=..}} marks, paragraph by paragraph in the report;
 * a paragraph that reads like another language but is not marked is pointed out; a contribution Word marked as
 * English throughout is either really English (every paragraph marked) or German written with an English Word
 * (nothing marked, and the report says why).
 */
class WordLanguagesTest {

    private static final String GERMAN = "Die Beratung im Stadtteil ist für viele Familien der erste Schritt, und sie "
            + "wird von den Kolleginnen mit viel Geduld geführt.";
    private static final String ENGLISH = "The workshop was about the ways in which we listen to the people who are "
            + "not heard in the city.";

    @TempDir
    Path dir;

    private Path content;

    private static String run(String language, String text) {
        return "<w:r><w:rPr><w:lang w:val=\"" + language + "\"/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private WordImport.Result importDocument(PoiDocuments document) {
        content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        Path docx = document.write(dir.resolve("sprachen.docx"));
        return WordImport.run(new WordImport.Request(docx, content, "2020-testtag", "talk", null, false));
    }

    private static String body(WordImport.Result result) {
        return result.markdown().substring(result.markdown().indexOf("\n---\n", 4) + 5);
    }

    private static List<String> report(WordImport.Result result) {
        return result.report().entries().stream().map(ImportReport.Entry::toString).toList();
    }

    private static void assertReported(WordImport.Result result, String line) {
        assertTrue(report(result).contains(line), () -> "no '" + line + "' in\n" + String.join("\n", report(result)));
    }

    @Test
    void foreignPassagesAndParagraphsAreMarkedAndReportedOneByOne() throws IOException {
        PoiDocuments doc = new PoiDocuments().paragraph("<w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>" + run("de-DE", "Sprachen"))
                .paragraph(run("de-DE", GERMAN))
                .paragraph(run("de-DE", "Ihr Leitsatz lautete ") + run("en-GB", "Nothing about us without us")
                        + run("de-DE", ", und so arbeiten sie bis heute."))
                .paragraph(run("en-US", ENGLISH))
                .paragraph(run("de-DE", "We wrote this paragraph in English, but the word processor took it for German."))
                .paragraph(run("de-DE", GERMAN));
        WordImport.Result result = importDocument(doc);

        assertEquals(GERMAN + "\n\nIhr Leitsatz lautete {.}Nothing about us without us{lang=en}, und so arbeiten sie bis heute.\n\n"
                + ENGLISH + " {lang=en}\n\nWe wrote this paragraph in English, but the word processor took it for German.\n\n"
                + GERMAN + "\n", body(result));
        assertReported(result, "Absatz 3 („Ihr Leitsatz lautete Nothing about us …“): Passage auf Englisch mit {.}…{lang=en} "
                + "markiert: „Nothing about us without us“");
        assertReported(result, "Absatz 4 („The workshop was about the ways in which …“): ganzer Absatz auf Englisch: mit {lang=en} "
                + "am Ende markiert, damit Vorleseprogramme die Sprache wechseln");
        assertReported(result, "Absatz 5 („We wrote this paragraph in English, but …“): Warnung: der Absatz liest sich wie "
                + "Englisch, ist in Word aber nicht so markiert; ist er Englisch, schreiben Sie {lang=en} an sein Ende");
        assertEquals(3, report(result).stream().filter(l -> l.contains("Englisch")).count(), () -> String.join("\n", report(result)));
        assertTrue(result.report().entries().stream().map(e -> e.shown(Texts.of("en")))
                .anyMatch(l -> l.startsWith("Paragraph 4 (\"The workshop") && l.contains("whole paragraph in English")));

        BuildResult build = Tagungsband.build(BuildOptions.builder(content, dir.resolve("site"))
                .templates(ContentFixture.templates()).drafts(true).proceedings(false).build());
        assertFalse(build.hasErrors(), build.diagnostics()::toString);
        Document page = Jsoup.parse(Files.readString(dir.resolve("site/2020/testtag/sprachen/index.html")));
        assertEquals("Nothing about us without us", page.selectFirst("main p span[lang=en]").text());
        assertTrue(page.select("main p[lang=en]").text().startsWith("The workshop was about"), page.select("main").html());
        assertEquals(1, page.select("main p[lang=en]").size());
    }

    @Test
    void aContributionReallyWrittenInEnglishIsMarkedParagraphByParagraph() {
        PoiDocuments doc = new PoiDocuments().paragraph("<w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>" + run("en-GB", "Listening"))
                .paragraph(run("en-GB", ENGLISH)).paragraph(run("en-GB", ENGLISH))
                .paragraph(run("de-DE", GERMAN));
        WordImport.Result result = importDocument(doc);
        assertEquals(ENGLISH + " {lang=en}\n\n" + ENGLISH + " {lang=en}\n\n" + GERMAN + "\n", body(result));
        assertReported(result, "Dokument: der Beitrag ist auf Englisch geschrieben (in Word so markiert, und seine Wörter "
                + "sagen es auch), das Archiv auf Deutsch: jeder Absatz ist mit {lang=en} markiert");
    }

    @Test
    void germanTextThatWordTookForEnglishIsNotMarkedAndTheReportSaysWhy() {
        PoiDocuments doc = new PoiDocuments().paragraph("<w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>" + run("en-US", "Beratung"))
                .paragraph(run("en-US", GERMAN)).paragraph(run("en-US", GERMAN))
                .paragraph(run("fr-FR", "Rien sur nous sans nous, et nous le disons pour la ville et pour les familles."));
        WordImport.Result result = importDocument(doc);
        assertEquals(GERMAN + "\n\n" + GERMAN + "\n\nRien sur nous sans nous, et nous le disons pour la ville et pour les "
                + "familles. {lang=fr}\n", body(result));
        assertTrue(report(result).stream().anyMatch(l -> l.startsWith("Dokument: Warnung: Word hat fast den ganzen Text als "
                + "Englisch (en) markiert, er liest sich aber nicht so")), () -> String.join("\n", report(result)));
        assertTrue(report(result).stream().anyMatch(l -> l.startsWith("Absatz 4") && l.contains("ganzer Absatz auf Französisch")));
    }
}
