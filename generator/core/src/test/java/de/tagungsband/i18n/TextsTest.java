package de.tagungsband.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two bundles say the same things with the same arguments, and every key the code names is in them. */
class TextsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)}");
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:Text\\.of|texts\\.get|descriptionKey =)\\(?\\s*\"([a-zA-Z0-9.]+)\"");

    @TempDir
    Path dir;

    @Test
    void germanAndEnglishHaveTheSameKeysAndArguments() {
        Map<String, String> de = Texts.german().asMap();
        Map<String, String> en = Texts.of("en").asMap();
        assertEquals(de.keySet(), en.keySet());
        de.forEach((key, text) -> assertEquals(arguments(text), arguments(en.get(key)), key));
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundles() throws IOException {
        Set<String> missing = new TreeSet<>();
        Path generator = Path.of("").toAbsolutePath().getParent();
        try (Stream<Path> files = Files.walk(generator)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("src/main"))
                    .toList()) {
                Matcher key = KEY_IN_CODE.matcher(Files.readString(file));
                while (key.find()) {
                    if (!key.group(1).endsWith(".") && !Texts.german().has(key.group(1))) {
                        missing.add(key.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void aTextKeepsItsArgumentsThroughItsEncodingAndIsShownInEitherLanguage() {
        Text text = Text.of("new.badDate", "12.5.");
        assertEquals(text, Text.decode(text.encoded()).orElseThrow());
        assertEquals("„12.5.“ ist kein Datum: schreiben Sie es als Jahr-Monat-Tag, z. B. --date 2026-05-12",
                Texts.german().resolve(text.encoded()));
        assertEquals("'12.5.' is not a date: write it as year-month-day, e.g. --date 2026-05-12",
                Texts.of("en").resolve(text.encoded()));
        assertEquals("a message not yet in the bundles", Texts.german().resolve("a message not yet in the bundles"));
    }

    @Test
    void theLanguageIsTheOptionsThenTheArchivesThenTheEnvironmentsThenGerman() throws IOException {
        Path german = Files.createDirectories(dir.resolve("de"));
        Files.writeString(german.resolve("site.yaml"), "title: \"x\"\nlanguage: de\n");
        Path english = Files.createDirectories(dir.resolve("en"));
        Files.writeString(english.resolve("site.yaml"), "title: \"x\"\nlanguage: \"en\"\n");
        Path none = dir.resolve("fehlt");

        assertEquals("en", Language.code("en", german, Map.of()));
        assertEquals("de", Language.code("de", english, Map.of("LANG", "en_US.UTF-8")));
        assertEquals("en", Language.code(null, english, Map.of("LANG", "de_DE.UTF-8")));
        assertEquals("de", Language.code(null, german, Map.of("LANG", "en_US.UTF-8")));
        assertEquals("en", Language.code(null, none, Map.of("LANG", "en_GB.UTF-8")));
        assertEquals("en", Language.code(null, none, Map.of("LC_ALL", "en_US", "LANG", "de_DE")));
        assertEquals("de", Language.code(null, none, Map.of("LANG", "C.UTF-8")));
        assertEquals("de", Language.code(null, none, Map.of()));
        assertTrue(Texts.LANGUAGES.contains(Language.code("fr", none, Map.of())));
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
