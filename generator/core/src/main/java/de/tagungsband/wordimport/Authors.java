package de.tagungsband.wordimport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authors a document names, matched by name against people.yaml: "Von Dr. Marianne Sand und Juliane Dietrich"
 * gives the ids of both when people.yaml knows them; names it does not know are kept as text.
 */
record Authors(List<String> ids, List<String> unknown) {

    private static final Pattern AUTHOR_LINE = Pattern.compile(
            "^(?:von|by|autor(?:in)?(?:nen|en)?|verfasst von|referent(?:in)?(?:nen|en)?|text)\\s*:?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|/|&|\\bund\\b|\\band\\b|\\bsowie\\b)\\s*");
    private static final Pattern ACADEMIC = Pattern.compile(
            "\\b(?:prof\\.|dr\\.(?:\\s*phil\\.|\\s*rer\\.\\s*\\S+)?|dipl\\.-\\S+|m\\.\\s?a\\.|b\\.\\s?a\\.|pd)\\s*",
            Pattern.CASE_INSENSITIVE);

    static final Authors NONE = new Authors(List.of(), List.of());

    /** The names of a line such as "Von Anna Alt und Bernd Bach", or empty when the line is not such a line. */
    static Optional<List<String>> namesInLine(String line) {
        Matcher m = AUTHOR_LINE.matcher(line.strip());
        if (!m.matches() || m.group(1).length() > 200) {
            return Optional.empty();
        }
        return Optional.of(names(m.group(1)));
    }

    static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        for (String name : SEPARATORS.split(text.replaceAll("\\([^)]*\\)", " "))) {
            String cleaned = name.replaceAll("\\s+", " ").strip();
            if (!cleaned.isEmpty()) {
                names.add(cleaned);
            }
        }
        return names;
    }

    /** @param people people.yaml: id → name */
    static Authors match(List<String> names, Map<String, String> people) {
        Map<String, String> byName = new LinkedHashMap<>();
        people.forEach((id, name) -> byName.putIfAbsent(key(name), id));
        List<String> ids = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            String id = byName.get(key(name));
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            } else if (id == null) {
                unknown.add(name);
            }
        }
        return new Authors(List.copyOf(ids), List.copyOf(unknown));
    }

    /** A name compared without academic titles, case, accents' composition and extra spaces. */
    private static String key(String name) {
        String plain = ACADEMIC.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll(" ");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
