package de.tagungsband.citation;

import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * A work in RIS, the tagged format of reference managers: one {@code TAG  - value} per line, CRLF line ends,
 * a value never spanning lines (line breaks and control characters in values become spaces).
 */
public final class Ris {

    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private Ris() {
    }

    public static String write(CitableWork work) {
        StringBuilder out = new StringBuilder();
        line(out, "TY", work.isArticle() ? "CPAPER" : "CONF");
        if (work.isArticle()) {
            work.authors().forEach(a -> line(out, "AU", a.inverted()));
            line(out, "TI", work.title());
        } else {
            line(out, "TI", work.volumeTitle());
        }
        // both TYs are a conferencePaper in Zotero, which reads T2 as its conferenceName and C3 as its
        // proceedingsTitle (translators/RIS.js, fieldMap T2 and C3), as the RIS spec's CONF does
        line(out, "T2", work.eventTitle());
        line(out, "C3", work.volumeTitle());
        work.editors().forEach(e -> line(out, "ED", e.inverted()));
        work.eventPlace().ifPresent(p -> line(out, "CY", p));
        line(out, "PY", String.valueOf(work.year()));
        line(out, "DA", work.published().map(DATE::format).orElse(date(work)));
        line(out, "PB", work.publisher());
        work.isbn().ifPresent(i -> line(out, "SN", i));
        line(out, "UR", work.url());
        work.pdfUrl().ifPresent(p -> line(out, "L1", p));
        line(out, "LA", work.language());
        line(out, "ID", work.key());
        out.append("ER  - \r\n");
        return out.toString();
    }

    /**
     * RIS's {@code YYYY/MM/DD/other}: the first day, and for an event of several days the whole span in the "other"
     * part, as an ISO 8601 interval with "--" (ISO's alternative to "/", which that part cannot hold): Zotero keeps
     * the first day as the item's date, EndNote and Citavi keep the text as written. A volume published later is
     * dated by its publication ({@code published:}), as its imprint is.
     */
    private static String date(CitableWork work) {
        String first = DATE.format(work.eventDate());
        return work.severalDays() ? first + "/" + work.eventDate() + "--" + work.eventEnd() : first;
    }

    private static void line(StringBuilder out, String tag, String value) {
        boolean hasControls = value.chars().anyMatch(c -> c < ' ' || c == 0x7F || c == '\u2028' || c == '\u2029');
        String clean = (hasControls ? CONTROLS.matcher(value).replaceAll(" ") : value).strip();
        if (!clean.isEmpty()) {
            out.append(tag).append("  - ").append(clean).append("\r\n");
        }
    }
}
