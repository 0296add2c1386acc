package de.tagungsband.serve;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every kind of file a site holds is served with its content type. */
class ContentTypesTest {

    @ParameterizedTest
    @CsvSource({
            "index.html, text/html; charset=utf-8",
            "style.css, text/css; charset=utf-8",
            "reload.js, text/javascript; charset=utf-8",
            "plan.svg, image/svg+xml",
            "foto.png, image/png",
            "foto.jpg, image/jpeg",
            "FOTO.JPEG, image/jpeg",
            "tagungsband-2021.pdf, application/pdf",
            "suche.json, application/json",
            "sitemap.xml, application/xml",
            "ergebnisse.csv, text/csv; charset=utf-8",
            "Bericht.DOCX, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "unbekannt.xyz, application/octet-stream",
            "ohne-endung, application/octet-stream"})
    void byExtension(String file, String type) {
        assertEquals(type, ContentTypes.of(file));
    }
}
