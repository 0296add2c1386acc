package de.tagungsband.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The text of a new record: a commented template from the class path with its {@code {{placeholders}}} filled in. */
public final class RecordText {

    private RecordText() {
    }

    static String fill(String template, Map<String, String> values) {
        String text = read("/tagungsband/scaffold/" + template);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        return text;
    }

    /** A text for inside YAML double quotes. */
    public static String yamlQuoted(String text) {
        return text.strip().replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String read(String resource) {
        try (InputStream in = RecordText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the scaffolding template " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
