package de.tagungsband.model;

import de.tagungsband.record.EventRecord;

import java.util.List;
import java.util.Optional;

/** An event with its sessions in programme order. */
public record Event(EventRecord record, String pagePath, List<Session> sessions, Optional<Person> organiser,
                    List<Person> editors) {

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
