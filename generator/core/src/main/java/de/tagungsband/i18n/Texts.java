package de.tagungsband.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What the command line, the preview's console and the Maven plugin say, and every diagnostic, in one language:
 * {@code texts_de.properties} (the default) and {@code texts_en.properties} beside this class, UTF-8. A value names
 * its arguments {@code {0}}, {@code {1}}, …, replaced as they are (no other syntax: quotes need no escaping), and
 * {@code %n} is a line break.
 * Which language a run speaks is {@link Language}'s choice.
 */
public final class Texts {

    public static final List<String> LANGUAGES = List.of("de", "en");

    private static final Texts GERMAN = load("de");
    private static final Texts ENGLISH = load("en");

    private final String language;
    private final Map<String, String> texts;

    private Texts(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The texts of {@code language} ("de" or "en"; anything else gives German). */
    public static Texts of(String language) {
        return "en".equals(language) ? ENGLISH : GERMAN;
    }

    public static Texts german() {
        return GERMAN;
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The text of {@code key} with its arguments; a key missing from the bundle is a bug (tests load every key). */
    public String get(String key, Object... args) {
        return text(Text.of(key, args));
    }

    public String text(Text text) {
        String pattern = texts.get(text.key());
        if (pattern == null) {
            throw new IllegalArgumentException("the texts for '" + language + "' have no key '" + text.key() + "'");
        }
        for (int i = text.args().size() - 1; i >= 0; i--) {
            String arg = text.args().get(i);
            pattern = pattern.replace("{" + i + "}", Text.wordKey(arg).map(this::get).orElse(arg));
        }
        return pattern.replace("%n", "\n");
    }

    /** A message as shown: an {@link Text#encoded() encoded text} in this language, any other string as it is. */
    public String resolve(String message) {
        return message == null ? null : Text.decode(message).map(this::text).orElse(message);
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** Every key of this language, for the test that both bundles have the same keys and arguments. */
    public Map<String, String> asMap() {
        return texts;
    }

    private static Texts load(String language) {
        String resource = "texts_" + language + ".properties";
        try (InputStream in = Texts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the texts " + resource + " are missing from the jar");
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new TreeMap<>();
            properties.forEach((k, v) -> texts.put(k.toString(), v.toString()));
            return new Texts(language, Map.copyOf(texts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
