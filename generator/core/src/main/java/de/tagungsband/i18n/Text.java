package de.tagungsband.i18n;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A message of the command line or a diagnostic, not yet in a language: a key of the {@link Texts} bundles and the
 * values for its {@code {0}}, {@code {1}}, … . It is carried as one string ({@link #encoded()}) inside a
 * {@link de.tagungsband.diagnostic.Diagnostic}, so that the cache and everything that passes diagnostics on keep
 * working with plain strings; a string that is not an encoded text is shown as it is.
 */
public record Text(String key, List<String> args) {

    private static final char START = '\u0000';
    private static final char SEPARATOR = '\u001F';
    private static final char WORD = '\u0002';

    /** A word of the bundles used as an argument ("Bild", "image"), shown in the language of the run. */
    public record Word(String key) {
    }

    public Text {
        args = List.copyOf(args);
    }

    /** A text by key; paths are written with forward slashes, as in diagnostics. */
    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.stream(args).map(Text::shown).toList());
    }

    public String encoded() {
        StringBuilder out = new StringBuilder().append(START).append(key);
        args.forEach(a -> out.append(SEPARATOR).append(a.replace(SEPARATOR, ' ')));
        return out.toString();
    }

    /** The text a string encodes, when it encodes one. */
    public static Optional<Text> decode(String message) {
        if (message == null || message.isEmpty() || message.charAt(0) != START) {
            return Optional.empty();
        }
        String[] parts = message.substring(1).split(String.valueOf(SEPARATOR), -1);
        return Optional.of(new Text(parts[0], List.of(parts).subList(1, parts.length)));
    }

    /** The key of a {@link Word} an argument carries, when it carries one. */
    static Optional<String> wordKey(String arg) {
        return !arg.isEmpty() && arg.charAt(0) == WORD ? Optional.of(arg.substring(1)) : Optional.empty();
    }

    private static String shown(Object value) {
        if (value instanceof Word word) {
            return WORD + word.key();
        }
        if (value instanceof Path path) {
            return path.toString().replace('\\', '/');
        }
        return String.valueOf(value);
    }
}
