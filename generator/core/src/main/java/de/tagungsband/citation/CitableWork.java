package de.tagungsband.citation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a citation of one page says, independent of the citation format.
 *
 * @param key a stable citation key made of the page address, e.g. "2021-vom-ankommen-und-bleiben-wo-bleiben"
 * @param authors for an article; empty for a volume, which is cited by its editors
 * @param volumeTitle the title of the event's documentation (the proceedings volume)
 * @param eventTitle the event's title as given in its record
 * @param eventDate first day of the event; the documentation is dated by it
 * @param eventEnd its last day, the first again for an event of one day
 * @param published when the volume was published ({@code published:} in event.md); without it the documentation is
 *                  dated by the event
 * @param url the page's absolute address
 * @param pdfUrl the absolute address of the volume's PDF, when one is built
 */
public record CitableWork(Type type, String key, String title, List<Name> authors, List<Name> editors,
                          String volumeTitle, String eventTitle, LocalDate eventDate, LocalDate eventEnd,
                          Optional<LocalDate> published,
                          Optional<String> eventPlace,
                          String publisher, Optional<String> isbn, String url, Optional<String> pdfUrl,
                          String language) {

    public enum Type {
        /** A session or input: a paper in the event's documentation. */
        ARTICLE,
        /** The event's documentation as a whole. */
        VOLUME
    }

    public boolean isArticle() {
        return type == Type.ARTICLE;
    }

    /** The date of the documentation: when its volume was published, else the event's first day. */
    public LocalDate issued() {
        return published.orElse(eventDate);
    }

    /** The year a citation names, the year of the volume's imprint when it was published later. */
    public int year() {
        return issued().getYear();
    }

    /** The event lasted more than one day: every format gives its first and its last day. */
    public boolean severalDays() {
        return !eventEnd.equals(eventDate);
    }

    /** The days as ISO 8601: "2022-09-29", or the interval "2022-09-29/2022-09-30" (biblatex's form). */
    public String isoDays() {
        return severalDays() ? eventDate + "/" + eventEnd : eventDate.toString();
    }
}
