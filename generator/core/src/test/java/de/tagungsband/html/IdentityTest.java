package de.tagungsband.html;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.i18n.Texts;
import de.tagungsband.record.Colour;
import de.tagungsband.record.Identity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The archive's identity from site.yaml: logo and brand colours, contrast checked, no template touched. */
class IdentityTest {

    private static final String LOGO = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 40\"><rect width=\"120\" height=\"40\" fill=\"#0b5d5a\"/></svg>";

    @TempDir
    Path dir;

    @Test
    void logoAndColoursFromSiteYamlReachEveryPage() throws Exception {
        BuildResult result = build("logo: bilder/logo.svg\ncolours:\n  primary: \"#0b5d5a\"\n  secondary: \"#e3f1ee\"\n", true);
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        for (String page : List.of("index.html", "2020/testtag/erster/index.html", "impressum/index.html")) {
            Document doc = SiteFiles.parse(dir.resolve("site").resolve(page));
            Element logo = doc.selectFirst("header .site-title img.site-logo");
            assertNotNull(logo, page);
            assertEquals("120", logo.attr("width"));
            assertEquals("40", logo.attr("height"));
            assertTrue(Files.isRegularFile(dir.resolve("site").resolve(page).resolveSibling(logo.attr("src")).normalize()),
                    logo.attr("src") + " is copied into the site");
            String style = doc.selectFirst("head style").data();
            assertTrue(style.startsWith(":root{--accent:#0b5d5a;") && style.contains("--band:#e3f1ee"), style);
            assertTrue(style.contains("@media (prefers-color-scheme:dark)"), style);
        }
    }

    @Test
    void withoutIdentityThePagesCarryNoStyleElementAndNoLogo() {
        assertFalse(build("", false).hasErrors());
        Document doc = SiteFiles.parse(dir.resolve("site/index.html"));
        assertTrue(doc.select("head style, .site-logo").isEmpty(), doc.head().html());
    }

    @Test
    void aPrimaryColourTooLightForTextIsRefusedWithADarkerOne() {
        BuildResult result = build("colours:\n  primary: \"#6fa8c7\"\n", false);
        Diagnostic error = onlyError(result);
        assertEquals(Path.of("site.yaml"), error.file());
        assertEquals(inSiteYaml("primary:"), error.line());
        assertTrue(error.message().contains("contrast of only 2.5:1 with white"), error.message());
        String german = Texts.german().resolve(onlyRawError(result).message());
        assertTrue(german.contains("hat auf Weiß nur einen Kontrast von 2,5:1") && german.contains("mindestens 4,5:1"), german);
        String suggested = error.hint().replaceAll(".*primary: \"(#[0-9a-f]{6})\".*", "$1");
        assertTrue(Colour.of(suggested).contrast(Colour.WHITE) >= 4.5, error.hint());
    }

    @Test
    void aSecondaryColourTooDarkForTheHeaderIsRefusedWithALighterOne() {
        BuildResult result = build("colours:\n  primary: \"#1d4f6e\"\n  secondary: \"#5b7d90\"\n", false);
        Diagnostic error = onlyError(result);
        assertEquals(inSiteYaml("secondary:"), error.line());
        assertTrue(error.message().contains("header's background"), error.message());
        String german = Texts.german().resolve(onlyRawError(result).message());
        assertTrue(german.matches(".*der Titel darauf hat einen Kontrast von \\d,\\d:1, die Navigation \\(Hauptfarbe #1d4f6e\\) von "
                + "\\d,\\d:1;.*"), german);
        String suggested = error.hint().replaceAll(".*secondary: \"(#[0-9a-f]{6})\".*", "$1");
        assertTrue(Colour.of(suggested).contrast(Identity.TEXT) >= 4.5
                && Colour.of(suggested).contrast(Colour.of("#1d4f6e")) >= 4.5, error.hint());
    }

    @Test
    void aLogoOutsideTheContentFolderOrWithAScriptIsRefused() throws Exception {
        assertTrue(onlyError(build("logo: ../geheim.svg\n", false)).message().contains("not a file in the content folder"));
        BuildResult scripted = build("logo: bilder/logo.svg\n", LOGO.replace("<rect", "<script>alert(1)</script><rect"));
        assertTrue(onlyError(scripted).message().contains("contains a script"), scripted.diagnostics().toString());
    }

    /** Whatever brand colours pass the check, every text of light and dark mode keeps 4.5:1. */
    @Test
    void everyAcceptedPairOfColoursKeepsTheContrastInLightAndDarkMode() {
        Random random = new Random(22);
        int accepted = 0;
        for (int i = 0; i < 5000; i++) {
            Colour primary = new Colour(random.nextInt(256), random.nextInt(256), random.nextInt(256));
            Colour secondary = new Colour(random.nextInt(256), random.nextInt(256), random.nextInt(256));
            if (primary.contrast(Colour.WHITE) < 4.5 || secondary.contrast(Identity.TEXT) < 4.5 || secondary.contrast(primary) < 4.5) {
                continue;
            }
            accepted++;
            Identity identity = new Identity(Optional.empty(), primary, secondary, true);
            Identity.Palette light = identity.light();
            Identity.Palette dark = identity.dark();
            String what = primary.hex() + "/" + secondary.hex();
            assertTrue(light.accent().contrast(light.accentSoft()) >= 4.5 && Identity.TEXT.contrast(light.accentSoft()) >= 4.5, what);
            assertTrue(light.onAccent().contrast(light.accentStrong()) >= 4.5, what);
            for (Colour background : List.of(Identity.DARK_BACKGROUND, dark.band(), dark.accentSoft())) {
                assertTrue(dark.accent().contrast(background) >= 4.5, what + " dark accent on " + background.hex());
                assertTrue(Identity.DARK_TEXT.contrast(background) >= 4.5, what + " dark text on " + background.hex());
            }
            assertTrue(dark.onAccent().contrast(dark.accent()) >= 4.5 && dark.onAccent().contrast(dark.accentStrong()) >= 4.5, what);
        }
        assertTrue(accepted > 200, "enough pairs were tried: " + accepted);
    }

    /** The stylesheet's own defaults are what the default colours derive to (one palette, written down twice). */
    @Test
    void theStylesheetsDefaultsAreTheDerivedDefaultPalette() throws Exception {
        String css = Files.readString(ContentFixture.templates().resolve("assets/style.css"));
        Identity standard = new Identity(Optional.empty(), Identity.DEFAULT.primary(), Identity.DEFAULT.secondary(), true);
        for (String part : standard.style().replaceAll("@media[^{]*\\{", "").replace(":root{", "").replace("}", ";").split(";+")) {
            String[] pair = part.split(":");
            assertTrue(css.contains(pair[0] + ": " + pair[1] + ";"), part + " in style.css");
        }
    }

    private BuildResult build(String identity, boolean withLogo) {
        return build(identity, withLogo ? LOGO : null);
    }

    private BuildResult build(String identity, String logo) {
        ContentFixture fixture = ContentFixture.minimal();
        fixture.with("site.yaml", fixture.text("site.yaml").replace("language: de\n", "language: de\n" + identity));
        Path content = fixture.writeTo(dir.resolve("content"));
        try {
            Files.createDirectories(content.resolve("bilder"));
            if (logo != null) {
                Files.writeString(content.resolve("bilder/logo.svg"), logo);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Tagungsband.build(BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).build());
    }

    private int inSiteYaml(String key) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("content/site.yaml"));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().startsWith(key)) {
                    return i + 1;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError(key + " not in site.yaml");
    }

    private static Diagnostic onlyRawError(BuildResult result) {
        List<Diagnostic> errors = result.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
        assertEquals(1, errors.size(), result.diagnostics().toString());
        return errors.get(0);
    }

    private static Diagnostic onlyError(BuildResult result) {
        Diagnostic error = onlyRawError(result);
        // as an English-speaking editor reads it (the bundles' German is checked by TextsTest for the same keys)
        return new Diagnostic(error.severity(), error.file(), error.line(), Texts.of("en").resolve(error.message()),
                Texts.of("en").resolve(error.hint()));
    }
}
