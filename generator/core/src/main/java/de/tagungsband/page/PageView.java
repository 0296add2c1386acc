package de.tagungsband.page;

import de.tagungsband.citation.CitableWork;
import de.tagungsband.markdown.BodyHtml;
import de.tagungsband.model.Appearance;
import de.tagungsband.model.Event;
import de.tagungsband.model.EventHeading;
import de.tagungsband.model.Input;
import de.tagungsband.model.Person;
import de.tagungsband.model.Session;
import de.tagungsband.model.Topic;
import de.tagungsband.pdf.PageRef;
import de.tagungsband.pdf.Proceedings;
import de.tagungsband.record.LegalInfo;

import java.util.List;
import java.util.Optional;

/** What each page template reads: one record per kind of page, no untyped maps. */
public sealed interface PageView {

    /** The citation of the page's work, for pages that can be cited (sessions, inputs, event volumes). */
    default Optional<CitableWork> citable() {
        return Optional.empty();
    }

    /** Events of one year, newest first. */
    record YearGroup(int year, List<EventHeading> events) {
    }

    /** Sessions of one event, for listings. */
    record EventGroup(EventHeading event, List<Session> sessions) {
    }

    /** A person's contributions at one event. */
    record AppearanceGroup(EventHeading event, List<Appearance> appearances) {
    }

    /** A topic or person with how many sessions it has. */
    record Counted<T>(T item, int count) {
    }

    record Home(List<YearGroup> years, int sessionCount, int personCount) implements PageView {
    }

    record Year(int year, List<EventHeading> events, Optional<Integer> newer, Optional<Integer> older) implements PageView {
    }

    /** A session with its event, for lists across events ("related sessions"). */
    record SessionLink(Session session, EventHeading event) {
    }

    /**
     * @param proceedings the event's proceedings volume, when one is built
     * @param printPagePath the page to request printed copies of the volume
     */
    record EventPage(Event event, BodyHtml introHtml, Optional<Proceedings> proceedings, Optional<String> printContact,
                     CitableWork citation, String printPagePath)
            implements PageView {
        @Override
        public Optional<CitableWork> citable() {
            return Optional.of(citation);
        }
    }

    /**
     * @param volumePage the page of the proceedings volume where this session starts
     * @param related other sessions sharing topics or speakers, most shared first
     */
    record SessionPage(Session session, EventHeading event, BodyHtml bodyHtml, Optional<Session> previous,
                       Optional<Session> next, Optional<Proceedings> proceedings, Optional<PageRef> volumePage,
                       Optional<String> printContact, List<SessionLink> related, CitableWork citation)
            implements PageView {
        @Override
        public Optional<CitableWork> citable() {
            return Optional.of(citation);
        }
    }

    record InputPage(Input input, Session session, EventHeading event, BodyHtml bodyHtml, Optional<Proceedings> proceedings,
                     Optional<PageRef> volumePage, Optional<String> printContact, CitableWork citation)
            implements PageView {
        @Override
        public Optional<CitableWork> citable() {
            return Optional.of(citation);
        }
    }

    /** The print-copy request of one event's volume, next to its PDF. */
    record PrintRequest(EventHeading event, Optional<Proceedings> proceedings, Optional<String> printContact)
            implements PageView {
    }

    /** Impressum, Datenschutzerklärung or Erklärung zur Barrierefreiheit: the template says which. */
    record LegalPage(LegalInfo legal) implements PageView {
    }

    /** The archive's print-copy page: every volume, and a request for several at once. */
    record PrintRequests(List<PrintRequest> volumes, Optional<String> printContact) implements PageView {
    }

    /**
     * @param sessionCount how many sessions the person or organisation contributed to
     */
    record PersonPage(Person person, Optional<Person> organisation, List<AppearanceGroup> byEvent,
                      List<Person> members, int sessionCount, List<EventRole> events) implements PageView {
    }

    /**
     * An event a person or organisation organised, partnered, funded or had a role at ({@code people:} of the event).
     *
     * @param role the message key ({@code person.event.organiser}, …) or, for a role from {@code people:}, the role
     *             as written, with {@code written} true
     */
    record EventRole(EventHeading event, String role, boolean written) {
    }

    record People(List<Counted<Person>> persons, List<Counted<Person>> organisations) implements PageView {
    }

    /** One year of a list split by year: its page and how many sessions it lists. */
    record YearCount(int year, int sessions, String pagePath) {
    }

    /**
     * All sessions by event, or, in an archive with more than the site's {@code split_lists_above}, the years
     * (the list's first page) and the sessions of one year (a page per year).
     *
     * @param years the pages of the years when the list is split, else none
     * @param year the year this page lists, on a page per year
     */
    record Articles(List<YearCount> years, List<EventGroup> events, Optional<Integer> year) implements PageView {
    }

    /** A topic's sessions by event; split by year as {@link Articles}. */
    record TopicPage(Topic topic, List<EventGroup> byEvent, int sessionCount, List<YearCount> years,
                     Optional<Integer> year) implements PageView {
    }

    record Topics(List<Counted<Topic>> topics) implements PageView {
    }

    record NotFound() implements PageView {
    }

    /**
     * The search page: the form with its filters; results come from the index script in the browser.
     *
     * @param kinds kind keys as in the index: session kinds, "input", "event"
     */
    record Search(List<Integer> years, List<EventHeading> events, List<Topic> topics, List<de.tagungsband.model.SessionType> kinds,
                  List<Person> people) implements PageView {
    }
}
