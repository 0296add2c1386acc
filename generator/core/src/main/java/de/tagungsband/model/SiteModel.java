package de.tagungsband.model;

import de.tagungsband.record.SessionRecord;
import de.tagungsband.record.SiteConfig;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The whole archive, validated and cross-referenced, immutable: the single input of every output.
 *
 * @param events newest first
 * @param people every registry entry by id, in registry order
 * @param appearances by person id, in archive order (newest event first, programme order)
 * @param topics sorted by name
 * @param sessionsByTopic by topic slug
 * @param pageBySource the page path of each record included in the build, by its content path
 * @param drafts content paths of records left out because they are drafts
 * @param previous the session before, by session page path, within its event
 * @param next the session after, by session page path, within its event
 * @param assets content files (slides) that the site must carry
 */
public record SiteModel(SiteConfig site, List<Event> events, Map<String, Person> people,
                        Map<String, List<Appearance>> appearances, List<Topic> topics,
                        Map<String, List<Session>> sessionsByTopic, Map<Path, String> pageBySource, Set<Path> drafts,
                        Map<String, Session> previous, Map<String, Session> next, Set<AssetCopy> assets,
                        Map<String, Event> eventsByPath) {

    public Event event(String eventPath) {
        Event event = eventsByPath.get(eventPath);
        if (event == null) {
            throw new IllegalArgumentException("no event at " + eventPath);
        }
        return event;
    }

    public Optional<Session> previous(Session session) {
        return Optional.ofNullable(previous.get(session.pagePath()));
    }

    public Optional<Session> next(Session session) {
        return Optional.ofNullable(next.get(session.pagePath()));
    }

    public List<Appearance> appearancesOf(Person person) {
        return appearances.getOrDefault(person.id(), List.of());
    }

    public List<Integer> years() {
        return events.stream().map(Event::year).distinct().toList();
    }

    public List<Session> sessions() {
        return events.stream().flatMap(e -> e.sessions().stream()).toList();
    }

    /**
     * The model after sessions' records changed in their title, kind or text only, nothing else (authors, topics,
     * inputs, order and address are the same): each old session, a key of {@code records}, gives way to one
     * with the new record in every place it held, as a model built from scratch would have it.
     */
    public SiteModel withSessions(Map<Session, SessionRecord> records) {
        Map<Session, Session> replaced = new IdentityHashMap<>();
        records.forEach((old, record) -> replaced.put(old, new Session(record, old.pagePath(), old.eventPath(),
                old.authors(), old.inputs(), old.topics())));
        UnaryOperator<Session> renew = session -> replaced.getOrDefault(session, session);
        List<Event> newEvents = events.stream().map(event -> event.sessions().stream().anyMatch(replaced::containsKey)
                ? new Event(event.record(), event.pagePath(), event.sessions().stream().map(renew).toList(),
                        event.organiser(), event.editors(), event.heading())
                : event).toList();
        Map<String, Event> newEventsByPath = new LinkedHashMap<>();
        newEvents.forEach(event -> newEventsByPath.put(event.pagePath(), event));
        Map<String, List<Appearance>> newAppearances = new LinkedHashMap<>();
        appearances.forEach((id, list) -> newAppearances.put(id, list.stream().anyMatch(a -> replaced.containsKey(a.session()))
                ? list.stream().map(a -> replaced.containsKey(a.session())
                        ? new Appearance(a.role(), renew.apply(a.session()), a.input()) : a).toList()
                : list));
        Map<String, List<Session>> newByTopic = new LinkedHashMap<>();
        sessionsByTopic.forEach((slug, list) -> newByTopic.put(slug,
                list.stream().anyMatch(replaced::containsKey) ? list.stream().map(renew).toList() : list));
        Map<String, Session> newPrevious = new HashMap<>();
        previous.forEach((path, session) -> newPrevious.put(path, renew.apply(session)));
        Map<String, Session> newNext = new HashMap<>();
        next.forEach((path, session) -> newNext.put(path, renew.apply(session)));
        return new SiteModel(site, newEvents, people, Collections.unmodifiableMap(newAppearances), topics,
                Collections.unmodifiableMap(newByTopic), pageBySource, drafts, Map.copyOf(newPrevious),
                Map.copyOf(newNext), assets, Collections.unmodifiableMap(newEventsByPath));
    }
}
