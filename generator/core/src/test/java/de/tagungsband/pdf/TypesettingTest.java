package de.tagungsband.pdf;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Soft hyphens from the German patterns, and the roman numbers of the front matter. */
class TypesettingTest {

    private final Hyphenation german = Hyphenation.forLanguage("de").orElseThrow();

    @Test
    void longGermanCompoundsGetSoftHyphensAtTheirSyllables() {
        assertEquals("Flücht-lings-so-zi-al-ar-beit", shown(german.word("Flüchtlingssozialarbeit")));
        assertEquals("Be-geg-nungs-zen-trum", shown(german.word("Begegnungszentrum")));
        assertEquals("Sach-ver-stän-di-gen-rat", shown(german.word("Sachverständigenrat")));
        assertEquals("Ver-ste-ti-gung", shown(german.word("Verstetigung")));
    }

    @Test
    void noBreakLeavesFewerThanThreeLettersOnTheNextLine() {
        assertEquals("För-der-pe-ri-ode", shown(german.word("Förderperiode")));
        assertFalse(shown(german.word("Straße")).contains("-"), shown(german.word("Straße")));
    }

    @Test
    void addressesCodeAndShortWordsStayWhole() {
        Element p = Jsoup.parseBodyFragment("<p>Die Integrationsarbeit unter <a href=\"https://example.org/Integrationsarbeit\">"
                + "https://example.org/Integrationsarbeit</a> mit <code>Flüchtlingssozialarbeit</code> und Haus.</p>").body();
        german.hyphenate(p);
        assertTrue(p.selectFirst("p").textNodes().get(0).getWholeText().contains("In\u00ADte\u00ADgra"), p.html());
        assertEquals("https://example.org/Integrationsarbeit", p.selectFirst("a").text());
        assertEquals("Flüchtlingssozialarbeit", p.selectFirst("code").text());
        assertTrue(p.text().endsWith("und Haus."));
    }

    @Test
    void headingsAndAddressesInPlainTextStayWhole() {
        Element body = Jsoup.parseBodyFragment("<h2>Migrationsberatung</h2><p>Bestellungen über info@lafast-sachsen.net "
                + "oder www.integrationsportal-sachsen.de, sonst Migrationsberatung.</p>").body();
        german.hyphenate(body);
        assertEquals("Migrationsberatung", body.selectFirst("h2").text());
        String p = body.selectFirst("p").wholeText();
        assertTrue(p.contains("info@lafast-sachsen.net"), p);
        assertTrue(p.contains("www.integrationsportal-sachsen.de"), p);
        assertTrue(p.contains("Mi\u00ADgra"), p);
    }

    @Test
    void onlyGermanHasPatterns() {
        assertTrue(Hyphenation.forLanguage("en").isEmpty());
    }

    @Test
    void frontMatterPagesAreCountedInRomanNumbers() {
        assertEquals("I", Pagination.roman(1));
        assertEquals("IV", Pagination.roman(4));
        assertEquals("IX", Pagination.roman(9));
        assertEquals("XIV", Pagination.roman(14));
        assertEquals("XL", Pagination.roman(40));
        Pagination pages = new Pagination(java.util.Map.of("a", 3, "b", 9), 2, 7, 20, java.util.Map.of(), java.util.Set.of());
        assertEquals("", pages.label(1));
        assertEquals("II", pages.label(3));
        assertEquals("1", pages.label(7));
        assertEquals("3", pages.page("b"));
        assertEquals("", pages.page("missing"));
    }

    @Test
    void chaptersThatWouldOpenOnALeftPageGetAnEmptyPageBeforeThem() {
        // s1 opens at index 7 (a left page); each empty page moves the later chapters, so all three need one
        Pagination found = new Pagination(java.util.Map.of("s1", 7, "s2", 10, "m1", 11, "s3", 13), 2, 7, 20,
                java.util.Map.of(), java.util.Set.of());
        Pagination planned = found.withRightHandStarts(java.util.List.of("s1", "s2", "s3"));
        // 23 pages would be odd: an empty last page makes them 24
        assertEquals(java.util.Set.of("s1", "s2", "s3", Pagination.END), planned.blankBefore());
        assertEquals(java.util.Map.of("s1", 8, "s2", 12, "m1", 13, "s3", 16), planned.pageOfId());
        assertEquals(8, planned.arabicStart());
        assertEquals(24, planned.pageCount());
        assertEquals(23, planned.textEnd());
        // laid out again with those pages, nothing moves any more
        Pagination again = new Pagination(planned.pageOfId(), 2, 8, 24, java.util.Map.of(), planned.blankBefore());
        assertTrue(again.withRightHandStarts(java.util.List.of("s1", "s2", "s3")).samePlacesAs(again));
        // a volume that is even without one gets no empty last page, and loses one it no longer needs
        Pagination even = new Pagination(again.pageOfId(), 2, 8, 25, java.util.Map.of(), again.blankBefore());
        assertFalse(even.withRightHandStarts(java.util.List.of("s1", "s2", "s3")).blankBefore().contains(Pagination.END));
        assertEquals(24, even.withRightHandStarts(java.util.List.of("s1", "s2", "s3")).pageCount());
    }

    private static String shown(String hyphenated) {
        return hyphenated.replace(Hyphenation.SOFT_HYPHEN, '-');
    }
}
