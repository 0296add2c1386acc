package de.tagungsband.slug;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Wo bleiben die geflüchteten Menschen | wo-bleiben-die-gefluechteten-menschen
            Straße der Begegnung                  | strasse-der-begegnung
            ÄRGER über Öl                         | aerger-ueber-oel
            Café – „Integrationsorte“              | cafe-integrationsorte
            Kinder- & Familientreff Puzzle        | kinder-familientreff-puzzle
            --Titel__mit   Leerraum--             | titel-mit-leerraum
            Istanbul İzmir ILIK                   | istanbul-izmir-ilik
            2021: Teil 2                          | 2021-teil-2
            """)
    void transliteratesGermanAndDropsPunctuation(String title, String slug) {
        assertEquals(slug, Slugs.of(title));
    }

    /** The JVM's default locale must not change a slug (Turkish dotless i, German ß). */
    @ParameterizedTest
    @ValueSource(strings = {"tr-TR", "de-DE", "en-US", "az-AZ", "lt-LT"})
    void isTheSameUnderEveryDefaultLocale(String tag) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            assertEquals("integration-im-laendlichen-raum-istanbul", Slugs.of("INTEGRATION im ländlichen Raum: ISTANBUL"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Інтеграція                           | integracia
            Ιστορία                              | istoria
            """)
    void transliteratesOtherScripts(String title, String slug) {
        assertEquals(slug, Slugs.of(title));
    }

    @org.junit.jupiter.api.Test
    void titlesWithoutLettersGetAStableAddressAndDifferentTitlesDifferentOnes() {
        assertFalse(Slugs.of("تعليم").isEmpty(), Slugs.of("تعليم"));
        assertEquals("", Slugs.of("!!!"));
        assertTrue(Slugs.address("!!!").matches("t-[0-9a-f]{8}"), Slugs.address("!!!"));
        assertEquals(Slugs.address("!!!"), Slugs.address("!!!"));
        assertNotEquals(Slugs.address("!!!"), Slugs.address("???"));
        assertEquals("integracia", Slugs.address("Інтеграція"));
    }

    @org.junit.jupiter.api.Test
    void aLongTitleIsCappedInBytesAndTwoThatStartAlikeStayApart() {
        String start = "Wohnen Arbeiten Lernen und Ankommen im ländlichen Raum ".repeat(4);
        String one = Slugs.of(start + "Teil eins");
        String two = Slugs.of(start + "Teil zwei");
        assertTrue(one.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= Slugs.MAX_BYTES, one);
        assertTrue(one.matches("wohnen-arbeiten-[a-z-]+-[0-9a-f]{8}"), one);
        assertNotEquals(one, two);
        assertEquals("kurzer-titel", Slugs.of("Kurzer Titel"));
    }
}
