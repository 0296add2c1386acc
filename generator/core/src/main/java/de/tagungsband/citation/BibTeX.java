package de.tagungsband.citation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A work as a BibTeX entry ({@code @inproceedings} or {@code @proceedings}, UTF-8, biblatex fields where BibTeX
 * has none). Every value is escaped for LaTeX; organisations are braced so that they are not split into names;
 * titles are braced so that styles keep German capitals.
 */
public final class BibTeX {

    private static final Pattern NOT_IN_KEY = Pattern.compile("[^A-Za-z0-9:._-]");

    private BibTeX() {
    }

    public static String write(CitableWork work) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (work.isArticle()) {
            fields.put("author", names(work.authors()));
            fields.put("title", "{" + escape(work.title()) + "}");
            fields.put("booktitle", "{" + escape(work.volumeTitle()) + "}");
        } else {
            fields.put("title", "{" + escape(work.volumeTitle()) + "}");
        }
        if (!work.editors().isEmpty()) {
            fields.put("editor", names(work.editors()));
        }
        fields.put("eventtitle", escape(work.eventTitle()));
        fields.put("eventdate", work.isoDays());
        work.eventPlace().ifPresent(p -> fields.put("venue", escape(p)));
        fields.put("publisher", escape(work.publisher()));
        fields.put("year", String.valueOf(work.year()));
        fields.put("date", work.published().map(Object::toString).orElse(work.isoDays()));
        work.isbn().ifPresent(i -> fields.put("isbn", escape(i)));
        fields.put("url", url(work.url()));
        work.pdfUrl().ifPresent(p -> fields.put("file", url(p)));
        fields.put("langid", "de".equals(work.language()) ? "ngerman" : "english");
        fields.values().removeIf(String::isEmpty);
        String body = fields.entrySet().stream()
                .map(f -> "  " + f.getKey() + " = {" + f.getValue() + "}")
                .collect(Collectors.joining(",\n"));
        return "@" + (work.isArticle() ? "inproceedings" : "proceedings") + "{" + key(work.key()) + ",\n" + body + "\n}\n";
    }

    private static String names(List<Name> names) {
        return names.stream()
                .map(n -> n.isOrganisation() ? "{" + escape(n.family()) + "}" : escape(n.inverted()))
                .collect(Collectors.joining(" and "));
    }

    /** LaTeX's special characters as commands; line breaks as spaces. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '$', '&', '%', '#', '_' -> out.append('\\').append(c);
                case '^' -> out.append("\\textasciicircum{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The url field is read verbatim by biblatex; only braces could break the entry, and they are encoded. */
    private static String url(String url) {
        return url.replace("{", "%7B").replace("}", "%7D").replace("\\", "%5C").replaceAll("\\s", "%20");
    }

    /** Keys may hold letters, digits and a few marks; anything else becomes a hyphen. */
    private static String key(String key) {
        boolean clean = key.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == ':' || c == '.' || c == '_' || c == '-');
        return clean ? key : NOT_IN_KEY.matcher(key).replaceAll("-");
    }
}
