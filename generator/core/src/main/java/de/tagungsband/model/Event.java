package de.tagungsband.model;

import de.tagungsband.record.EventRecord;

import java.util.List;
import java.util.Optional;

/**
 * An event with its sessions in programme order.
 *
 * @param organisers {@code organiser:} and {@code organisers:}, the first the main one
 * @param partners "in Kooperation mit"
 * @param funders "gefördert von"
 * @param roles further roles at the event ({@code people:}), such as Leitung und Moderation
 * @param heading the event as pages that name it show it
 * @param volume whether a proceedings volume is generated, or the event brings a PDF of its own
 * @param documents attached files ({@code documents:})
 */
public record Event(EventRecord record, String pagePath, List<Session> sessions, List<Person> organisers,
                    List<Person> partners, List<Person> funders, List<Speaker> roles, List<Person> editors,
                    EventHeading heading, VolumeChoice volume, List<Attachment> documents) {

    public Event {
        if (heading.record() != record || !heading.pagePath().equals(pagePath)
                || heading.sessionCount() != sessions.size() || !heading.organiser().equals(organiser(organisers))
                || heading.printable() != volume.generated()) {
            throw new IllegalArgumentException("the heading of " + pagePath + " is not its own");
        }
    }

    /** An event is identified by its page. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Event that && pagePath.equals(that.pagePath);
    }

    @Override
    public int hashCode() {
        return pagePath.hashCode();
    }

    /** Whether readers may ask for a printed copy of its volume: one tagungsband makes (see {@link EventHeading}). */
    public boolean printable() {
        return heading.printable();
    }

    /** The first organiser, who stands for the event in citations and metadata. */
    public Optional<Person> organiser() {
        return organiser(organisers);
    }

    static Optional<Person> organiser(List<Person> organisers) {
        return organisers.stream().findFirst();
    }

    /**
     * The programme as the event's page and its volume show it, day by day: sessions, parallel ones together, and
     * the other points.
     */
    public List<ProgrammeDay> programme() {
        return ProgrammeDay.of(record, sessions);
    }

    /**
     * True when the programme says more than the order of the sessions: times, parallel slots, points that are no
     * session, or days. The volume then prints it on a page of its own.
     */
    public boolean hasTimetable() {
        return !record.programme().isEmpty() || programme().size() > 1
                || sessions.stream().anyMatch(s -> s.record().time().isPresent() || s.record().slot().isPresent());
    }

    public int year() {
        return record.year();
    }

    public String title() {
        return record.title();
    }

    /** Title and subtitle, as the event is cited. */
    public String fullTitle() {
        return heading().fullTitle();
    }
}
