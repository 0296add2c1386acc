package de.tagungsband.model;

import de.tagungsband.record.SiteConfig;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * @param sessionTypes the kinds of session: the built-in ones, then those site.yaml defines
 */
public record SiteModel(SiteConfig site, List<Event> events, Map<String, Person> people,
                        Map<String, List<Appearance>> appearances, List<Topic> topics,
                        Map<String, List<Session>> sessionsByTopic, Map<Path, String> pageBySource, Set<Path> drafts,
                        Map<String, Session> previous, Map<String, Session> next, Set<AssetCopy> assets,
                        Map<String, Event> eventsByPath, List<SessionType> sessionTypes) {

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
}
