package de.tagungsband.record;

import de.tagungsband.i18n.Text;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an enum-valued field such as {@code kind} or {@code format}, written in lower case with hyphens, or in the
 * German words editors use for them ({@code kind: Verein}, {@code format: Präsenz}).
 */
final class Kinds {

    /** German (and other common) words for the values, lower case, by the enum constant they mean. */
    private static final Map<Class<?>, Map<String, String>> WORDS = Map.of(
            PersonKind.class, Map.ofEntries(
                    Map.entry("organization", "ORGANISATION"), Map.entry("institution", "ORGANISATION"),
                    Map.entry("verein", "ORGANISATION"), Map.entry("einrichtung", "ORGANISATION"),
                    Map.entry("träger", "ORGANISATION"), Map.entry("traeger", "ORGANISATION"),
                    Map.entry("initiative", "ORGANISATION"), Map.entry("netzwerk", "ORGANISATION"),
                    Map.entry("behörde", "ORGANISATION"), Map.entry("firma", "ORGANISATION"),
                    Map.entry("einzelperson", "PERSON"), Map.entry("mensch", "PERSON")),
            EventFormat.class, Map.ofEntries(
                    Map.entry("präsenz", "IN_PERSON"), Map.entry("praesenz", "IN_PERSON"),
                    Map.entry("in präsenz", "IN_PERSON"), Map.entry("vor ort", "IN_PERSON"),
                    Map.entry("vor-ort", "IN_PERSON"), Map.entry("präsenzveranstaltung", "IN_PERSON"),
                    Map.entry("in person", "IN_PERSON"), Map.entry("digital", "ONLINE"),
                    Map.entry("virtuell", "ONLINE"), Map.entry("hybride", "HYBRID")));

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
        String lower = value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN);
        int index = allowed.indexOf(lower);
        if (index >= 0) {
            return type.getEnumConstants()[index];
        }
        String word = WORDS.getOrDefault(type, Map.of()).get(lower);
        if (word != null) {
            return Enum.valueOf(type, word);
        }
        List<String> known = allowed;
        fields.diagnostics().error(fields.file(), fields.lineOf(key), Text.of("kind.unknown", key, value),
                Suggestions.nearest(value, known).isEmpty() ? Text.of("kind.unknown.fix", key, String.join(", ", known))
                        : Text.of("kind.unknown.near", Suggestions.nearest(value, known).get(0), String.join(", ", known)));
        return otherwise;
    }
}
