package de.tagungsband.page;

import de.tagungsband.model.Appearance;
import de.tagungsband.model.Person;
import de.tagungsband.model.Session;
import de.tagungsband.model.SiteModel;
import de.tagungsband.model.Topic;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * "Related sessions" for each session: others that share topics or speakers. Built once from the model's
 * indexes (sessions by topic, appearances by person), so each session only visits its neighbours. Persons count
 * double, topics once; organisations are left out, since one organisation may author most of the archive.
 */
final class RelatedSessions {

    static final int LIMIT = 5;
    private static final int PERSON_WEIGHT = 2;

    private final SiteModel model;
    private final Map<String, List<Session>> sessionsByPerson = new HashMap<>();
    private final Map<String, Integer> archiveOrder = new HashMap<>();
    private final Map<String, Session> byPath = new HashMap<>();

    RelatedSessions(SiteModel model) {
        this.model = model;
        List<Session> all = model.sessions();
        for (int i = 0; i < all.size(); i++) {
            archiveOrder.put(all.get(i).pagePath(), i);
            byPath.put(all.get(i).pagePath(), all.get(i));
        }
        model.appearances().forEach((id, appearances) -> {
            Person person = model.people().get(id);
            if (person != null && !person.isOrganisation()) {
                sessionsByPerson.put(id, appearances.stream().map(Appearance::session)
                        .filter(distinctPaths()).toList());
            }
        });
    }

    /** Up to {@link #LIMIT} sessions, most shared first, then in archive order (newest event first). */
    List<PageView.SessionLink> of(Session session) {
        Map<String, Integer> scores = new HashMap<>();
        for (Topic topic : session.topics()) {
            for (Session other : model.sessionsByTopic().getOrDefault(topic.slug(), List.of())) {
                scores.merge(other.pagePath(), 1, Integer::sum);
            }
        }
        for (String personId : personIds(session)) {
            for (Session other : sessionsByPerson.getOrDefault(personId, List.of())) {
                scores.merge(other.pagePath(), PERSON_WEIGHT, Integer::sum);
            }
        }
        scores.remove(session.pagePath());
        return scores.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(e -> archiveOrder.get(e.getKey())))
                .limit(LIMIT)
                .map(e -> byPath.get(e.getKey()))
                .map(other -> new PageView.SessionLink(other, model.event(other.eventPath())))
                .toList();
    }

    private static Predicate<Session> distinctPaths() {
        Set<String> seen = new HashSet<>();
        return s -> seen.add(s.pagePath());
    }

    private Set<String> personIds(Session session) {
        Set<String> ids = new LinkedHashSet<>();
        session.authors().forEach(p -> ids.add(p.id()));
        session.inputs().forEach(in -> in.speakers().forEach(s -> ids.add(s.person().id())));
        return ids;
    }
}
