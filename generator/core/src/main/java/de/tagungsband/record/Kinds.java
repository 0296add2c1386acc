package de.tagungsband.record;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads an enum-valued field such as {@code kind} or {@code format}, written in lower case with hyphens. */
final class Kinds {

    private Kinds() {
    }

    static <E extends Enum<E>> E parse(YamlFields fields, String key, Class<E> type, E otherwise, boolean required) {
        List<String> allowed = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        if (!fields.has(key)) {
            if (required) {
                fields.requiredString(key, String.join(" | ", allowed));
            }
            return otherwise;
        }
        String value = fields.string(key).orElse("");
        int index = allowed.indexOf(value.toLowerCase(Locale.ROOT));
        if (index >= 0) {
            return type.getEnumConstants()[index];
        }
        List<String> known = allowed;
        fields.diagnostics().error(fields.file(), fields.lineOf(key), "unknown " + key + " '" + value + "'",
                Suggestions.didYouMean(value, known, "write one of: " + String.join(", ", known))
                        + (Suggestions.nearest(value, known).isEmpty() ? "" : " (allowed: " + String.join(", ", known) + ")"));
        return otherwise;
    }
}
