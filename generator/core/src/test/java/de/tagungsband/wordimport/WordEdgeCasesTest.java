package de.tagungsband.wordimport;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.Tagungsband;
import de.tagungsband.UsageException;
import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.i18n.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static de.tagungsband.wordimport.PoiDocuments.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The edge cases, in documents made with POI: what the import keeps, what it cleans and reports, and that it never
 * overwrites a record.
 */
class WordEdgeCasesTest {

    @TempDir
    Path dir;

    private Path content;

    private WordImport.Result importDocument(PoiDocuments document) {
        return importDocument(document, null, false);
    }

    private WordImport.Result importDocument(PoiDocuments document, String inputOf, boolean force) {
        if (content == null) {
            content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        }
        Path docx = document.write(dir.resolve("beitrag-" + System.nanoTime() + ".docx"));
        return WordImport.run(new WordImport.Request(docx, content, "2020-testtag", "workshop", inputOf, force));
    }

    private static String body(WordImport.Result result) {
        return result.markdown().substring(result.markdown().indexOf("\n---\n", 4) + 5);
    }

    private static String german(UsageException e) {
        return Texts.german().resolve(e.getMessage());
    }

    private static List<String> report(WordImport.Result result) {
        return result.report().entries().stream().map(ImportReport.Entry::toString).toList();
    }

    private static void assertReported(WordImport.Result result, String place, String message) {
        assertTrue(report(result).stream().anyMatch(e -> e.startsWith(place) && e.contains(message)),
                () -> "no '" + place + " … " + message + "' in " + String.join("\n", report(result)));
    }

    @Test
    void emptyParagraphsUsedAsSpacingAreDroppedAndReported() {
        PoiDocuments doc = new PoiDocuments().text("Title", "Leere Zeilen").text(null, "Erster Absatz.")
                .paragraph("").paragraph("<w:r><w:t xml:space=\"preserve\">   </w:t></w:r>").paragraph("<w:r/>")
                .text(null, "Zweiter Absatz.");
        WordImport.Result result = importDocument(doc);
        assertEquals("Erster Absatz.\n\nZweiter Absatz.\n", body(result));
        assertReported(result, "Absätze 3–5", "leere Absätze (Abstand) entfernt");
    }

    @Test
    void fieldsOfTablesOfContentsAndPageNumbersGoOtherFieldsKeepTheirText() {
        PoiDocuments doc = new PoiDocuments().text("Title", "Felder")
                .paragraph("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TOC \\o \"1-3\" \\h </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("Einleitung\t1"))
                .paragraph(run("Ergebnisse\t2") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
                .text("Heading1", "Einleitung")
                .paragraph(run("Seite ") + "<w:fldSimple w:instr=\" PAGE \">" + run("3") + "</w:fldSimple>" + run(" von hier."))
                .paragraph(run("Siehe ") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">"
                        + " HYPERLINK \"https://example.org/bericht\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                        + run("den Bericht") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + run(" und ")
                        + "<w:fldSimple w:instr=\" DATE \">" + run("1.2.2024") + "</w:fldSimple>" + run("."));
        WordImport.Result result = importDocument(doc);
        assertEquals("## Einleitung\n\nSeite  von hier.\n\nSiehe [den Bericht](https://example.org/bericht) und 1.2.2024.\n",
                body(result));
        assertReported(result, "Absatz 2", "Feld TOC (Inhaltsverzeichnis) entfernt");
        assertReported(result, "Absatz 5 („Seite von hier.“)", "Feld PAGE (Seitenzahl) entfernt");
    }

    @Test
    void aTextBoxKeepsItsTextInPlace() {
        String box = "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wp:docPr id=\"2\" name=\"Textfeld\"/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp>"
                + "<wps:txbx><w:txbxContent><w:p>" + run("Info: Der Treff ist dienstags offen.") + "</w:p></w:txbxContent></wps:txbx>"
                + "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
                + "<w:txbxContent><w:p>" + run("Info: Der Treff ist dienstags offen.") + "</w:p></w:txbxContent></w:pict>"
                + "</mc:Fallback></mc:AlternateContent></w:r>";
        PoiDocuments doc = new PoiDocuments().text("Title", "Kasten").text(null, "Davor.")
                .paragraph(run("Mit Kasten.") + box).text(null, "Danach.");
        WordImport.Result result = importDocument(doc);
        assertEquals("Davor.\n\nMit Kasten.\n\nInfo: Der Treff ist dienstags offen.\n\nDanach.\n", body(result));
        assertReported(result, "Absatz 3", "Textfeld aufgelöst");
    }

    @Test
    void endnotesAndFootnotesBecomeOneRowOfMarkdownFootnotesStartingAtOne() {
        PoiDocuments doc = new PoiDocuments().text("Title", "Noten");
        String endnote = doc.note(true, "Eine Endnote.");
        String footnote = doc.note(false, "Eine Fußnote.");
        doc.paragraph(run("Erst die Endnote") + endnote + run(", dann die Fußnote.") + footnote);
        WordImport.Result result = importDocument(doc);
        assertEquals("Erst die Endnote[^1], dann die Fußnote.[^2]\n\n[^1]: Eine Endnote.\n\n[^2]: Eine Fußnote.\n", body(result));
        assertReported(result, "Dokument", "Endnoten als Fußnoten übernommen");
    }

    @Test
    void trackedChangesCommentsLineBreaksAndDirectFormatting() {
        PoiDocuments doc = new PoiDocuments().text("Title", "Sauber")
                .paragraph(run("Die ") + "<w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\">neue </w:t></w:r></w:ins>"
                        + "<w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText xml:space=\"preserve\">alte </w:delText></w:r></w:del>"
                        + "<w:commentRangeStart w:id=\"0\"/>" + run("Fassung") + "<w:commentRangeEnd w:id=\"0\"/>"
                        + "<w:r><w:commentReference w:id=\"0\"/></w:r>" + run(".") )
                .paragraph(run("Zeile eins") + "<w:r><w:br/></w:r>" + run("Zeile zwei")
                        + "<w:r><w:rPr><w:color w:val=\"FF0000\"/><w:sz w:val=\"32\"/></w:rPr><w:t xml:space=\"preserve\"> rot und groß</w:t></w:r>")
                .paragraph(run("Silben\u00ADtrennung und 10\u00A0km") + "<w:r><w:softHyphen/></w:r>");
        WordImport.Result result = importDocument(doc);
        assertEquals("Die neue Fassung.\n\nZeile eins Zeile zwei rot und groß\n\nSilbentrennung und 10\u00A0km\n", body(result));
        assertReported(result, "Absatz 2", "der eingefügte Text ist übernommen");
        assertReported(result, "Absatz 2", "der gelöschte Text ist weggelassen");
        assertReported(result, "Absatz 2", "Kommentar entfernt");
        assertReported(result, "Absatz 3", "Manueller Zeilenumbruch durch ein Leerzeichen ersetzt");
        assertReported(result, "Absatz 3", "Direkte Formatierung entfernt: Schriftfarbe");
        assertReported(result, "Absatz 3", "Direkte Formatierung entfernt: Schriftgröße");
    }

    @Test
    void typedListsAndBoldShortParagraphsBecomeListsAndHeadings() {
        PoiDocuments doc = new PoiDocuments().text("Title", "Von Hand")
                .paragraph("<w:r><w:rPr><w:b/></w:rPr><w:t>Was wir gelernt haben</w:t></w:r>")
                .text(null, "- Zuhören")
                .text(null, "- Nachfragen")
                .text(null, "1. Januar 2020 war ein Mittwoch.")
                .text(null, "1. Erstens")
                .text(null, "2. Zweitens");
        WordImport.Result result = importDocument(doc);
        assertEquals("## Was wir gelernt haben\n\n- Zuhören\n- Nachfragen\n\n1\\. Januar 2020 war ein Mittwoch.\n\n"
                + "1. Erstens\n1. Zweitens\n", body(result));
        assertReported(result, "Absatz 2", "als Zwischenüberschrift übernommen");
        assertReported(result, "Absatz 3", "von Hand getippte Aufzählung („-“) in einen Listenpunkt umgewandelt");
        assertReported(result, "Absatz 6", "von Hand getippte Nummerierung („1.“)");
    }

    @Test
    void anImageWithoutAltTextGetsAPlaceholderThatCheckReportsAsAnError() {
        PoiDocuments doc = new PoiDocuments().text("Title", "Bild ohne Text").picture(OfficeDocuments.chart(), null);
        WordImport.Result result = importDocument(doc);
        assertEquals("![TODO: Alternativtext fehlt](images/bild-ohne-text-1.png)\n", body(result));
        assertTrue(result.report().entries().stream().anyMatch(e -> e.level() == ImportReport.Level.ERROR
                && e.messageText().contains("keinen Alternativtext")), () -> report(result).toString());
        assertTrue(Files.isRegularFile(content.resolve("2020-testtag/images/bild-ohne-text-1.png")));

        BuildResult check = Tagungsband.check(BuildOptions.builder(content, dir.resolve("x")).templates(ContentFixture.templates()).drafts(true).build());
        assertTrue(check.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR
                && d.file().toString().endsWith("bild-ohne-text.md") && d.message(de.tagungsband.i18n.Texts.of("en")).contains("placeholder")),
                check.diagnostics()::toString);
    }

    @Test
    void nothingIsOverwrittenAndForceReplacesOnlyADraft() throws IOException {
        WordImport.Result first = importDocument(new PoiDocuments().text("Title", "Zweimal").text(null, "Fassung eins."));
        String order = first.markdown().replaceAll("(?s).*\norder: (\\d+)\n.*", "$1");
        UsageException refused = assertThrows(UsageException.class,
                () -> importDocument(new PoiDocuments().text("Title", "Zweimal").text(null, "Fassung zwei.")));
        assertTrue(german(refused).contains("gibt es schon (ein Entwurf)") && german(refused).contains("--force"),
                german(refused));
        assertTrue(Files.readString(first.record()).contains("Fassung eins."));

        WordImport.Result replaced = importDocument(new PoiDocuments().text("Title", "Zweimal").text(null, "Fassung zwei."), null, true);
        assertEquals(first.record(), replaced.record());
        assertTrue(Files.readString(first.record()).contains("Fassung zwei.") && replaced.markdown().contains("\norder: " + order + "\n"));

        Path published = content.resolve("2020-testtag/erster.md");
        String before = Files.readString(published);
        UsageException notADraft = assertThrows(UsageException.class,
                () -> importDocument(new PoiDocuments().text("Title", "Erster").text(null, "Neu."), null, true));
        assertTrue(german(notADraft).contains("kein Entwurf"), german(notADraft));
        assertEquals(before, Files.readString(published));
    }

    @Test
    void anInputOfASessionBuildsBelowIt() {
        WordImport.Result result = importDocument(new PoiDocuments().text("Title", "Mein Fachinput")
                .text(null, "Von Bernd Bach").text(null, "Der Text des Inputs."), "erster.md", false);
        assertTrue(result.markdown().startsWith("---\nkind: input\nsession: erster.md\ntitle: \"Mein Fachinput\"\n"
                + "speakers: [bernd-bach]\norder: 3\ndraft: true\n---\n"), result.markdown());
        BuildResult build = Tagungsband.build(BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).drafts(true).proceedings(false).build());
        assertFalse(build.hasErrors(), build.diagnostics()::toString);
        assertTrue(Files.isRegularFile(dir.resolve("site/2020/testtag/erster/mein-fachinput/index.html")));
        assertTrue(assertThrows(UsageException.class, () -> importDocument(new PoiDocuments().text("Title", "X"), "fehlt.md", false))
                .getMessage().contains("erster.md"));
    }

    @Test
    void aSpeakerNotInPeopleYamlIsListedByNameAndShownAsText() throws IOException {
        WordImport.Result result = importDocument(new PoiDocuments().text("Title", "Unser Fachinput")
                .text(null, "Von Bernd Bach und Zora Quast").text(null, "Der Text des Inputs."), "erster.md", false);
        assertTrue(result.markdown().contains("\nspeakers: [bernd-bach, \"Zora Quast\"]\n"), result.markdown());
        assertReported(result, "Dokument", "„Zora Quast“ steht nicht in people.yaml");
        BuildResult build = Tagungsband.build(BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).drafts(true).proceedings(false).build());
        assertFalse(build.hasErrors(), build.diagnostics()::toString);
        String page = Files.readString(dir.resolve("site/2020/testtag/erster/unser-fachinput/index.html"));
        assertTrue(page.contains("Zora Quast") && page.contains("Bernd Bach"), page);
    }

    @Test
    void anOpenDocumentTextIsReadThroughLibreOffice() throws IOException {
        content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        Path odt = dir.resolve("werkstattbericht.fodt");
        Files.writeString(odt, OfficeDocuments.resource("werkstattbericht.fodt").replace("{{PNG}}", ""));
        WordImport.Result result = WordImport.run(new WordImport.Request(odt, content, "2020-testtag", "talk", null, false));
        assertTrue(result.markdown().contains("title: \"Sprachmittlung im Sozialraum\"") && result.markdown().contains("## Ausgangslage"),
                result.markdown());
        assertReported(result, "Dokument", "mit LibreOffice in .docx umgewandelt");
    }
}
