package de.tagungsband.citation;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A work as CSL-JSON (an array with one item), the format of Zotero, Pandoc and citeproc; Gson escapes it. */
public final class CslJson {

    /** Gson is immutable and thread-safe; making one takes longer than writing a work with it. */
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private CslJson() {
    }

    public static String write(CitableWork work) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", work.key());
        item.put("type", work.isArticle() ? "paper-conference" : "book");
        if (work.isArticle()) {
            item.put("title", work.title());
            item.put("author", names(work.authors()));
            item.put("container-title", work.volumeTitle());
        } else {
            item.put("title", work.volumeTitle());
        }
        if (!work.editors().isEmpty()) {
            item.put("editor", names(work.editors()));
        }
        item.put("event-title", work.eventTitle());
        item.put("event-date", days(work));
        work.eventPlace().ifPresent(p -> item.put("event-place", p));
        item.put("publisher", work.publisher());
        item.put("issued", work.published().isPresent() ? Map.of("date-parts", List.of(parts(work.issued()))) : days(work));
        work.isbn().ifPresent(i -> item.put("ISBN", i));
        item.put("URL", work.url());
        item.put("language", work.language());
        return GSON.toJson(List.of(item)) + "\n";
    }

    private static List<Map<String, String>> names(List<Name> names) {
        return names.stream().map(n -> {
            Map<String, String> name = new LinkedHashMap<>();
            if (n.isOrganisation()) {
                name.put("literal", n.family());
            } else {
                name.put("family", n.family());
                n.given().ifPresent(g -> name.put("given", g));
            }
            return name;
        }).toList();
    }

    /** One date, or a range as two date-parts (CSL's form, which citeproc sets as "29.–30. September 2022"). */
    private static Map<String, List<List<Integer>>> days(CitableWork work) {
        return Map.of("date-parts", work.severalDays() ? List.of(parts(work.eventDate()), parts(work.eventEnd()))
                : List.of(parts(work.eventDate())));
    }

    private static List<Integer> parts(LocalDate date) {
        return List.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}
