package de.tagungsband.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * All UI text of one language, read from {@code templates/i18n/messages_<language>.properties} (UTF-8).
 * A key missing from the bundle is an error, never a silent English fallback.
 */
public final class Messages {

    private final String language;
    private final Map<String, String> texts;

    private Messages(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    public static Messages load(Path templatesDir, String language) {
        Path file = templatesDir.resolve("i18n").resolve("messages_" + language + ".properties");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, language);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the message bundle " + file, e);
        }
    }

    /** The bundle of the default templates built into tagungsband. */
    public static Messages builtIn(String language) {
        String resource = "/tagungsband/templates/i18n/messages_" + language + ".properties";
        InputStream in = Messages.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no built-in message bundle for '" + language + "'");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, language);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in message bundle " + resource, e);
        }
    }

    private static Messages read(Reader reader, String language) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((k, v) -> texts.put(k.toString(), v.toString()));
        return new Messages(language, Map.copyOf(texts));
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("the message bundle for '" + language + "' has no key '" + key + "'");
        }
        return text;
    }

    /** The bundle as a map, for templates: {@code ${msg["nav.home"]}}. */
    public Map<String, String> asMap() {
        return texts;
    }
}
