package de.tagungsband.slug;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
