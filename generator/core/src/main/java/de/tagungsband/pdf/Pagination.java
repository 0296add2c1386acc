package de.tagungsband.pdf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where things landed in a laid-out volume, read back from the layout: the page index of every chapter and of every
 * mention of a contributor, and the numbering (roman from the title page, arabic from the first session). Public
 * for the template, which reads {@link #page}, {@link #pagesOf} and {@link #needsBlankBefore}.
 *
 * @param pageOfId page index (from 0) by element id
 * @param romanStart index of the page numbered i (the title page)
 * @param arabicStart index of the page numbered 1 (the first session's first page)
 * @param pageCount pages of the volume
 * @param personOfMark the contributor (person or organisation id) each mark id stands for
 * @param blankBefore ids of the chapter titles that get an empty page before them, so that they open on a
 *                    right-hand page (an empty page without head or number; the engine's own would carry both), and
 *                    {@link #END} when an empty page closes the volume, so that it has an even number of pages
 */
public record Pagination(Map<String, Integer> pageOfId, int romanStart, int arabicStart, int pageCount,
                         Map<String, String> personOfMark, Set<String> blankBefore) {

    /** Stands in {@link #blankBefore} for the empty last page that makes the page count even. */
    public static final String END = "ende";

    /** Before the first layout nothing is known: every number is empty. */
    static final Pagination UNKNOWN = new Pagination(Map.of(), 0, Integer.MAX_VALUE, 0, Map.of(), Set.of());

    /**
     * The numbering of an offprint: a part of the volume whose first page carries the volume's number
     * {@code firstFolio}; arabic throughout (the page numbered 1 lies before its first page, or is it).
     */
    static Pagination offprint(int firstFolio, int pageCount) {
        return new Pagination(Map.of(), 0, 1 - firstFolio, pageCount, Map.of(), Set.of());
    }

    /** The numbering of the print shop's book block: the volume without its cover pages, roman from its first page. */
    Pagination withoutCover() {
        return new Pagination(Map.of(), 0, arabicStart == Integer.MAX_VALUE ? arabicStart : arabicStart - romanStart,
                pageCount - romanStart, Map.of(), Set.of());
    }

    /** For the template: whether an empty page goes before this chapter title. */
    public boolean needsBlankBefore(String titleId) {
        return blankBefore.contains(titleId);
    }

    /**
     * Where everything will be once each of these chapter titles opens on a right-hand page (an even index,
     * counting from 0): an empty page is added before a title that would open on a left-hand page, and one that
     * is no longer needed is taken away. Every chapter starts on a new page, so everything from a chapter's
     * first page on moves with it. An empty last page is added when the pages would be an odd number (a printed
     * book has two sides to every leaf).
     */
    Pagination withRightHandStarts(List<String> titleIds) {
        NavigableMap<Integer, Integer> shiftFrom = new TreeMap<>();
        Set<String> blanks = new TreeSet<>();
        int shift = 0;
        for (String id : titleIds) {
            Integer page = pageOfId.get(id);
            if (page == null) {
                continue;
            }
            int withoutBlank = page + shift - (blankBefore.contains(id) ? 1 : 0);
            boolean blank = withoutBlank % 2 == 1;
            if (blank) {
                blanks.add(id);
            }
            shift = withoutBlank + (blank ? 1 : 0) - page;
            shiftFrom.put(page, shift);
        }
        Map<String, Integer> moved = new TreeMap<>();
        pageOfId.forEach((id, page) -> moved.put(id, page + shiftAt(shiftFrom, page)));
        int arabic = arabicStart == Integer.MAX_VALUE ? arabicStart : arabicStart + shiftAt(shiftFrom, arabicStart);
        int pages = pageCount + shift - (blankBefore.contains(END) ? 1 : 0);
        if (pages % 2 == 1) {
            blanks.add(END);
            pages++;
        }
        return new Pagination(Map.copyOf(moved), romanStart, arabic, pages, personOfMark, Set.copyOf(blanks));
    }

    private static int shiftAt(NavigableMap<Integer, Integer> shiftFrom, int page) {
        Map.Entry<Integer, Integer> entry = shiftFrom.floorEntry(page);
        return entry == null ? 0 : entry.getValue();
    }

    /** The number printed on the page with this index; empty before the title page. */
    public String label(int index) {
        if (index >= arabicStart) {
            return Integer.toString(index - arabicStart + 1);
        }
        return index >= romanStart ? roman(index - romanStart + 1) : "";
    }

    public Optional<PageRef> ref(String id) {
        Integer index = pageOfId.get(id);
        return index == null ? Optional.empty() : Optional.of(new PageRef(index + 1, label(index)));
    }

    /** The printed number of the page where the element starts, or "" while unknown: for the templates. */
    public String page(String id) {
        return ref(id).map(PageRef::label).orElse("");
    }

    private static final java.util.regex.Pattern PAGE_OF = java.util.regex.Pattern.compile(
            java.util.regex.Pattern.quote(PrintBody.PAGE_OF) + "([A-Za-z0-9_-]+)" + java.util.regex.Pattern.quote(PrintBody.PAGE_END));

    /**
     * A chapter's print HTML with the page of every cross-reference filled in ("(S. 7)", from {@code seePage}
     * "S. {0}"); for the template. While the page is unknown the brackets stay empty.
     */
    public String withPages(String html, String seePage) {
        return PAGE_OF.matcher(html).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                seePage.replace(" ", "\u00A0").replace("{0}", page(m.group(1)))));
    }

    private static final java.util.regex.Pattern PAGE_REFERENCE = java.util.regex.Pattern.compile(
            "\u00A0\\(" + java.util.regex.Pattern.quote(PrintBody.PAGE_OF) + "[A-Za-z0-9_-]+"
                    + java.util.regex.Pattern.quote(PrintBody.PAGE_END) + "\\)");

    /** A chapter's print HTML for a screen (the EPUB), where a cross-reference is followed by a tap, not a page. */
    public static String withoutPages(String html) {
        return PAGE_REFERENCE.matcher(html).replaceAll("");
    }

    /** The pages where a contributor is named, in order and each once, e.g. "3, 7, 12"; "" while unknown. */
    public String pagesOf(String personId) {
        Map<Integer, String> pages = new TreeMap<>();
        personOfMark.forEach((mark, person) -> {
            if (person.equals(personId) && pageOfId.containsKey(mark)) {
                int index = pageOfId.get(mark);
                pages.put(index, label(index));
            }
        });
        Set<String> distinct = new LinkedHashSet<>(pages.values());
        return String.join(", ", distinct);
    }

    /** The page index after the last page with text: the empty last page, when there is one, is not counted. */
    int textEnd() {
        return pageCount - (blankBefore.contains(END) ? 1 : 0);
    }

    /**
     * Same chapter and mention pages as another layout, and as many pages: the numbers written into this one are
     * still true, and the empty pages still fall where they are needed.
     */
    boolean samePlacesAs(Pagination other) {
        return pageOfId.equals(other.pageOfId) && romanStart == other.romanStart && arabicStart == other.arabicStart
                && blankBefore.equals(other.blankBefore) && pageCount == other.pageCount;
    }

    static String roman(int number) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = number;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(numerals[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }
}
