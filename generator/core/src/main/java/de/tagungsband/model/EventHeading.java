package de.tagungsband.model;

import de.tagungsband.record.EventRecord;

import java.util.Optional;

/**
 * An event as the pages that name it show it (title, dates, format, place, organiser, how many sessions), without
 * its sessions. Pages that
 * list sessions of many events hold this instead of the {@link Event}, so that a page's fingerprint changes only
 * with what it shows: a changed session title does not touch every page that merely names its event.
 *
 * @param printable whether the event has a volume tagungsband makes, of which readers may ask for a printed copy:
 *                  not when it has none, nor when its documentation is a PDF made elsewhere
 */
public record EventHeading(EventRecord record, String pagePath, Optional<Person> organiser, int sessionCount,
                           boolean printable) {

    public int year() {
        return record.year();
    }

    public String title() {
        return record.title();
    }

    /** Title and subtitle, as the event is cited. */
    public String fullTitle() {
        return record.subtitle().map(s -> record.title() + " – " + s).orElse(record.title());
    }
}
