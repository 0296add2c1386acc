package de.tagungsband.page;

import de.tagungsband.page.PageView.EventGroup;
import de.tagungsband.page.PageView.YearCount;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A list of sessions grouped by event: on one page, or, when it holds more sessions than the site's
 * {@code split_lists_above}, on a first page that names the years and lists the newest, and a page per year below it
 * ({@code beitraege/2021/}). Pages per year keep every page small however large the archive grows, keep their
 * addresses when sessions are added, and a change to one session rewrites one year's page, not the whole list.
 */
final class ListPages {

    /** The view of one of the pages: the years (none unless split), the groups it lists, and its year if it has one. */
    interface Views {
        PageView of(List<YearCount> years, List<EventGroup> groups, Optional<Integer> year);
    }

    /** Titles (also descriptions) of the pages per year, e.g. "Alle Beiträge – 2021", from the first page's title. */
    interface YearTitles {
        String of(String title, int year);
    }

    private ListPages() {
    }

    /** @param groups newest event first, as the model orders them */
    static List<Page> of(String path, String template, String title, String description, List<EventGroup> groups,
                         int splitAbove, YearTitles yearTitles, Views views) {
        int sessions = groups.stream().mapToInt(g -> g.sessions().size()).sum();
        if (sessions <= splitAbove) {
            return List.of(new Page(path, template, title, description, views.of(List.of(), groups, Optional.empty())));
        }
        Map<Integer, List<EventGroup>> byYear = new LinkedHashMap<>();
        groups.forEach(group -> byYear.computeIfAbsent(group.event().year(), y -> new ArrayList<>()).add(group));
        List<YearCount> years = byYear.entrySet().stream().map(e -> new YearCount(e.getKey(),
                e.getValue().stream().mapToInt(g -> g.sessions().size()).sum(), path + e.getKey() + "/")).toList();
        List<Page> pages = new ArrayList<>();
        // the first page is no mere hub: below the years it lists the newest year's sessions, so a reader sees
        // articles at once (still one year's worth, however large the archive grows)
        pages.add(new Page(path, template, title, description,
                views.of(years, List.copyOf(byYear.get(years.get(0).year())), Optional.empty())));
        for (YearCount year : years) {
            String yearTitle = yearTitles.of(title, year.year());
            pages.add(new Page(year.pagePath(), template, yearTitle, yearTitle,
                    views.of(years, List.copyOf(byYear.get(year.year())), Optional.of(year.year()))));
        }
        return pages;
    }
}
