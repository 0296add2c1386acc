package de.tagungsband.scaffold;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The example sentences {@code init} and {@code new} write (listed in {@code scaffold/placeholders.txt}): a text that
 * would be published with one of them still in it gets a warning at that line, so that the first build of a new
 * archive lists every place still to write, and {@code check --strict} refuses to let one through.
 */
public final class Placeholders {

    private static final List<String> SENTENCES = read();

    private Placeholders() {
    }

    /** Warns at each line of {@code text} (which starts at line {@code firstLine} of {@code file}) with a placeholder. */
    public static void report(String text, Path file, int firstLine, Diagnostics diagnostics) {
        if (text.isEmpty()) {
            return;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") && !line.startsWith("##")) {
                continue;
            }
            for (String sentence : SENTENCES) {
                if (line.contains(sentence)) {
                    diagnostics.warning(file, firstLine + i, Text.of("placeholder.found", sentence),
                            Text.of("placeholder.fix"));
                    break;
                }
            }
        }
    }

    static List<String> sentences() {
        return SENTENCES;
    }

    private static List<String> read() {
        try (InputStream in = Placeholders.class.getResourceAsStream("/tagungsband/scaffold/placeholders.txt")) {
            if (in == null) {
                throw new IllegalStateException("scaffold/placeholders.txt is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("# ")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
