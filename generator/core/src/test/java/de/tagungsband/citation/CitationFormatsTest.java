package de.tagungsband.citation;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.tagungsband.model.Person;
import de.tagungsband.record.NameParts;
import de.tagungsband.record.PersonKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each citation format with a title full of characters that mean something in that format. */
class CitationFormatsTest {

    private static final String NASTY = "50 % & {Ümlaut} #1 $x_y^2 ~ \\ „Zitat“\nzweite Zeile";

    private static CitableWork work(CitableWork.Type type) {
        return new CitableWork(type, "2021-fachtag-beitrag", NASTY,
                List.of(new Name("Sand", Optional.of("Marianne")), new Name("Verein Ü & Co. e.V.", Optional.empty())),
                List.of(new Name("LaFaSt", Optional.empty())), "Band {1} – 100 %", "Fachtag", LocalDate.of(2021, 11, 18), LocalDate.of(2021, 11, 18), Optional.empty(),
                Optional.of("Online"), "LaFaSt", Optional.of("978-3-00-064512-9"),
                "https://example.org/2021/fachtag/beitrag/", Optional.of("https://example.org/2021/fachtag/band.pdf"), "de");
    }

    @Test
    void bibtexEscapesLatexAndKeepsOrganisationsWhole() {
        String bib = BibTeX.write(work(CitableWork.Type.ARTICLE));
        assertTrue(bib.startsWith("@inproceedings{2021-fachtag-beitrag,\n"), bib);
        assertTrue(bib.contains("  title = {{50 \\% \\& \\{Ümlaut\\} \\#1 \\$x\\_y\\textasciicircum{}2 \\textasciitilde{} "
                + "\\textbackslash{} „Zitat“ zweite Zeile}},"), bib);
        assertTrue(bib.contains("  author = {Sand, Marianne and {Verein Ü \\& Co. e.V.}},"), bib);
        assertTrue(bib.contains("  booktitle = {{Band \\{1\\} – 100 \\%}},"), bib);
        assertTrue(bib.contains("  isbn = {978-3-00-064512-9},"), bib);
        assertTrue(BibTeXBraces.balanced(bib), "braces balance: " + bib);
        assertTrue(bib.endsWith("}\n"));
        assertTrue(BibTeX.write(work(CitableWork.Type.VOLUME)).startsWith("@proceedings{"));
    }


    @Test
    void risHasOneTagPerLineAndNoValueSpansLines() {
        String ris = Ris.write(work(CitableWork.Type.ARTICLE));
        String[] lines = ris.split("\r\n", -1);
        assertEquals("TY  - CPAPER", lines[0]);
        assertEquals("ER  - ", lines[lines.length - 2]);
        assertEquals("", lines[lines.length - 1], "ends with CRLF");
        for (int i = 0; i < lines.length - 1; i++) {
            assertTrue(lines[i].matches("[A-Z][A-Z0-9]  - [^\r\n]*"), "line " + i + ": " + lines[i]);
        }
        assertTrue(ris.contains("TI  - 50 % & {Ümlaut} #1 $x_y^2 ~ \\ „Zitat“ zweite Zeile\r\n"), ris);
        assertTrue(ris.contains("AU  - Sand, Marianne\r\nAU  - Verein Ü & Co. e.V.\r\n"), ris);
        assertTrue(ris.contains("DA  - 2021/11/18\r\n") && ris.contains("L1  - https://example.org/2021/fachtag/band.pdf\r\n"));
        assertTrue(Ris.write(work(CitableWork.Type.VOLUME)).startsWith("TY  - CONF\r\nTI  - Band {1} – 100 %\r\n"));
    }

    /**
     * Zotero's RIS import (zotero/translators RIS.js) makes both CPAPER and CONF a conferencePaper and reads, for
     * that type, T2 as conferenceName, C3 as proceedingsTitle, CY as place and PB as publisher: the volume's title
     * must stand in C3, the event's in T2, for the article and for the volume alike.
     */
    @Test
    void risGivesZoteroTheVolumeAsProceedingsTitleAndTheEventAsConferenceName() {
        for (CitableWork.Type type : CitableWork.Type.values()) {
            java.util.Map<String, List<String>> tags = new java.util.LinkedHashMap<>();
            Ris.write(work(type)).lines().filter(l -> !l.startsWith("ER"))
                    .forEach(l -> tags.computeIfAbsent(l.substring(0, 2), k -> new java.util.ArrayList<>()).add(l.substring(6)));
            assertEquals(List.of("Band {1} – 100 %"), tags.get("C3"), type + " proceedingsTitle: " + tags);
            assertEquals(List.of("Fachtag"), tags.get("T2"), type + " conferenceName: " + tags);
            assertEquals(List.of("Online"), tags.get("CY"), type + " place: " + tags);
            assertEquals(List.of("LaFaSt"), tags.get("PB"), type + " publisher: " + tags);
            assertEquals(List.of("LaFaSt"), tags.get("ED"), type + " editor: " + tags);
            assertFalse(tags.containsKey("BT"), "BT would be Zotero's backupPublicationTitle: " + tags);
        }
    }

    @Test
    void cslJsonReadsBackToTheSameValues() {
        JsonArray items = JsonParser.parseString(CslJson.write(work(CitableWork.Type.ARTICLE))).getAsJsonArray();
        JsonObject item = items.get(0).getAsJsonObject();
        assertEquals("paper-conference", item.get("type").getAsString());
        assertEquals(NASTY, item.get("title").getAsString());
        assertEquals("Sand", item.getAsJsonArray("author").get(0).getAsJsonObject().get("family").getAsString());
        assertEquals("Verein Ü & Co. e.V.", item.getAsJsonArray("author").get(1).getAsJsonObject().get("literal").getAsString());
        assertEquals("[[2021,11,18]]", item.getAsJsonObject("issued").get("date-parts").toString());
        assertEquals("Band {1} – 100 %", item.get("container-title").getAsString());
        assertEquals("book", JsonParser.parseString(CslJson.write(work(CitableWork.Type.VOLUME))).getAsJsonArray()
                .get(0).getAsJsonObject().get("type").getAsString());
    }

    /** An event of two days: each format gives both days, in the form its readers understand. */
    @Test
    void anEventOfSeveralDaysIsDatedByItsFirstAndLastDayInEveryFormat() {
        CitableWork one = work(CitableWork.Type.ARTICLE);
        CitableWork two = new CitableWork(one.type(), one.key(), one.title(), one.authors(), one.editors(),
                one.volumeTitle(), one.eventTitle(), LocalDate.of(2022, 9, 29), LocalDate.of(2022, 9, 30), Optional.empty(),
                one.eventPlace(), one.publisher(), one.isbn(), one.url(), one.pdfUrl(), one.language());
        String ris = Ris.write(two);
        assertTrue(ris.contains("PY  - 2022\r\nDA  - 2022/09/29/2022-09-29--2022-09-30\r\n"), ris);
        java.util.regex.Matcher zotero = java.util.regex.Pattern
                .compile("^(\\d+)(?:/(\\d{0,2})(?:/(\\d{0,2})(?:(?:/|\\s)([^/]*))?)?)?$")
                .matcher(ris.lines().filter(l -> l.startsWith("DA")).findFirst().orElseThrow().substring(6));
        assertTrue(zotero.matches(), "Zotero's RIS import reads YYYY/MM/DD/other (no slash in other)");
        assertEquals(List.of("2022", "09", "29", "2022-09-29--2022-09-30"),
                List.of(zotero.group(1), zotero.group(2), zotero.group(3), zotero.group(4)));
        String bib = BibTeX.write(two);
        assertTrue(bib.contains("  eventdate = {2022-09-29/2022-09-30},") && bib.contains("  year = {2022},")
                && bib.contains("  date = {2022-09-29/2022-09-30},"), bib);
        JsonObject item = JsonParser.parseString(CslJson.write(two)).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("[[2022,9,29],[2022,9,30]]", item.getAsJsonObject("event-date").get("date-parts").toString());
        assertEquals("[[2022,9,29],[2022,9,30]]", item.getAsJsonObject("issued").get("date-parts").toString());
        assertTrue(Ris.write(one).contains("DA  - 2021/11/18\r\n"), "one day: no range");
        assertTrue(BibTeX.write(one).contains("  date = {2021-11-18},"));

        CitableWork later = new CitableWork(two.type(), two.key(), two.title(), two.authors(), two.editors(),
                two.volumeTitle(), two.eventTitle(), two.eventDate(), two.eventEnd(), Optional.of(LocalDate.of(2023, 3, 1)),
                two.eventPlace(), two.publisher(), two.isbn(), two.url(), two.pdfUrl(), two.language());
        String laterRis = Ris.write(later);
        assertTrue(laterRis.contains("PY  - 2023\r\nDA  - 2023/03/01\r\n"), "a volume published later: " + laterRis);
        String laterBib = BibTeX.write(later);
        assertTrue(laterBib.contains("  eventdate = {2022-09-29/2022-09-30},") && laterBib.contains("  year = {2023},")
                && laterBib.contains("  date = {2023-03-01},"), laterBib);
        JsonObject laterItem = JsonParser.parseString(CslJson.write(later)).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("[[2023,3,1]]", laterItem.getAsJsonObject("issued").get("date-parts").toString());
        assertEquals("[[2022,9,29],[2022,9,30]]", laterItem.getAsJsonObject("event-date").get("date-parts").toString());
    }

    @Test
    void personsAreCitedByFamilyNameWithoutAcademicTitles() {
        Name brandt = Name.of(new Person("heike-brandt", "Prof. Dr. Heike Brandt", PersonKind.PERSON, Optional.empty(),
                Optional.empty(), Optional.empty(), "personen/heike-brandt/"));
        assertEquals("Brandt, Heike", brandt.inverted());
        Name verein = Name.of(new Person("verein", "Verein Ü e.V.", PersonKind.ORGANISATION, Optional.empty(),
                Optional.empty(), Optional.empty(), "organisationen/verein/"));
        assertTrue(verein.isOrganisation());
        assertEquals("Verein Ü e.V.", verein.inverted());
        Name mononym = Name.of(new Person("x", "Grehl-Schmitt", PersonKind.PERSON, Optional.empty(), Optional.empty(),
                Optional.empty(), "personen/x/"));
        assertFalse(mononym.given().isPresent());
        assertFalse(mononym.isOrganisation(), "a person known by one name is no organisation");
    }

    @Test
    void germanTitlesParticlesAndWrittenNamePartsAreRespected() {
        assertEquals("Geithner, Silke", person("Prof.in Dr.in Silke Geithner", NameParts.NONE).inverted());
        assertEquals("Weber, Anna", person("Dr. med. Anna Weber", NameParts.NONE).inverted());
        assertEquals("Brandt, Heike", person("Prof'in Heike Brandt", NameParts.NONE).inverted());
        assertEquals("von Alemann, Ulrich", person("Prof. Dr. Ulrich von Alemann", NameParts.NONE).inverted());
        assertEquals("O'Brien, J.", person("J. O'Brien", NameParts.NONE).inverted(), "an initial is no title");
        assertEquals("zu Guttenberg, Karl", person("Prof. Dr. med. Karl zu Guttenberg", NameParts.NONE).inverted());
        assertEquals("de Souza, Maria", person("Dr.in Maria de Souza", NameParts.NONE).inverted());
        assertEquals("van Dijk, Jan", person("Jan van Dijk", NameParts.NONE).inverted());
        assertEquals("del Monte, Lena", person("Prof.in Lena del Monte", NameParts.NONE).inverted());
        assertEquals("do Carmo, Ana", person("Ana do Carmo", NameParts.NONE).inverted());
        assertEquals("Castro Varela, María do Mar", person("Prof.in María do Mar Castro Varela",
                new NameParts(Optional.of("Prof.in"), Optional.empty(), Optional.of("Castro Varela"))).inverted());
        CitableWork work = new CitableWork(CitableWork.Type.ARTICLE, "k", "T",
                List.of(person("Grehl-Schmitt", NameParts.NONE)), List.of(), "V", "V",
                java.time.LocalDate.of(2022, 3, 1), java.time.LocalDate.of(2022, 3, 1), Optional.empty(), Optional.empty(), "P", Optional.empty(), "https://example.org/",
                Optional.empty(), "de");
        assertTrue(BibTeX.write(work).contains("author = {Grehl-Schmitt}"), BibTeX.write(work));
        assertTrue(CslJson.write(work).replaceAll("\\s+", "").contains("\"author\":[{\"family\":\"Grehl-Schmitt\"}]"),
                CslJson.write(work));
        assertTrue(Ris.write(work).contains("AU  - Grehl-Schmitt\r\n"), Ris.write(work));
    }

    private static Name person(String name, NameParts parts) {
        return Name.of(new Person("x", name, PersonKind.PERSON, Optional.empty(), Optional.empty(), Optional.empty(),
                "personen/x/", parts));
    }
}
