package de.tagungsband.page;

import de.tagungsband.model.Appearance;
import de.tagungsband.model.Event;
import de.tagungsband.model.Input;
import de.tagungsband.model.Person;
import de.tagungsband.model.Session;
import de.tagungsband.model.Topic;
import de.tagungsband.pdf.PageRef;
import de.tagungsband.pdf.Proceedings;

import java.util.List;
import java.util.Optional;

/** What each page template reads: one record per kind of page, no untyped maps. */
public sealed interface PageView {

    /** Events of one year, newest first. */
    record YearGroup(int year, List<Event> events) {
    }

    /** Sessions of one event, for listings. */
    record EventGroup(Event event, List<Session> sessions) {
    }

    /** A person's contributions at one event. */
    record AppearanceGroup(Event event, List<Appearance> appearances) {
    }

    /** A topic or person with how many sessions it has. */
    record Counted<T>(T item, int count) {
    }

    record Home(List<YearGroup> years, int sessionCount, int personCount) implements PageView {
    }

    record Year(int year, List<Event> events, Optional<Integer> newer, Optional<Integer> older) implements PageView {
    }

    /**
     * @param proceedings the event's proceedings volume, when one is built
     */
    record EventPage(Event event, String introHtml, Optional<Proceedings> proceedings, Optional<String> printContact)
            implements PageView {
    }

    /**
     * @param volumePage the page of the proceedings volume where this session starts
     */
    record SessionPage(Session session, Event event, String bodyHtml, Optional<Session> previous,
                       Optional<Session> next, Optional<Proceedings> proceedings, Optional<PageRef> volumePage,
                       Optional<String> printContact) implements PageView {
    }

    record InputPage(Input input, Session session, Event event, String bodyHtml, Optional<Proceedings> proceedings,
                     Optional<PageRef> volumePage, Optional<String> printContact) implements PageView {
    }

    record PersonPage(Person person, Optional<Person> organisation, List<AppearanceGroup> byEvent,
                      List<Person> members) implements PageView {
    }

    record People(List<Counted<Person>> persons, List<Counted<Person>> organisations) implements PageView {
    }

    record Articles(List<YearGroup> years, List<EventGroup> events) implements PageView {
    }

    record TopicPage(Topic topic, List<EventGroup> byEvent) implements PageView {
    }

    record Topics(List<Counted<Topic>> topics) implements PageView {
    }

    record NotFound() implements PageView {
    }
}
