package de.tagungsband.page;

import de.tagungsband.model.Appearance;
import de.tagungsband.model.Person;
import de.tagungsband.model.Session;
import de.tagungsband.model.SiteModel;
import de.tagungsband.model.Topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * "Related sessions" for each session: others that share topics or speakers. Persons count double, topics once;
 * organisations are left out, since one organisation may author most of the archive.
 *
 * <p>The work per session is bounded, whatever the size of the archive: a topic may hold thousands of sessions,
 * so only the {@link #TOPIC_WINDOW} sessions nearest in archive order on either side are candidates from each
 * topic, besides every session that shares a person. Candidates are then scored exactly.
 */
final class RelatedSessions {

    static final int LIMIT = 5;
    /** Candidates taken from each topic on either side of the session, in archive order. */
    static final int TOPIC_WINDOW = 25;
    private static final int PERSON_WEIGHT = 2;

    private final SiteModel model;
    private final List<Session> sessions;
    private final Map<String, Integer> position = new HashMap<>();
    /** Archive positions of the sessions of each topic, ascending. */
    private final Map<String, int[]> topicPositions = new HashMap<>();
    /** Archive positions of the sessions of each person (not organisations), ascending. */
    private final Map<String, int[]> personPositions = new HashMap<>();
    /** Per archive position: its topic slugs and person ids, sorted, for exact scoring. */
    private final String[][] topicsAt;
    private final String[][] personsAt;

    RelatedSessions(SiteModel model) {
        this.model = model;
        this.sessions = model.sessions();
        topicsAt = new String[sessions.size()][];
        personsAt = new String[sessions.size()][];
        for (int i = 0; i < sessions.size(); i++) {
            position.putIfAbsent(sessions.get(i).pagePath(), i);
        }
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            topicsAt[i] = session.topics().stream().map(Topic::slug).distinct().sorted().toArray(String[]::new);
            personsAt[i] = personIds(session).stream().filter(this::isPerson).sorted().toArray(String[]::new);
        }
        model.sessionsByTopic().forEach((slug, list) -> topicPositions.put(slug, positions(list)));
        model.appearances().forEach((id, appearances) -> {
            if (isPerson(id)) {
                personPositions.put(id, positions(appearances.stream().map(Appearance::session).toList()));
            }
        });
    }

    /**
     * Up to {@link #LIMIT} sessions, most shared first; among equals the nearest in archive order (the same event
     * first), and of two equally near the newer.
     */
    List<PageView.SessionLink> of(Session session) {
        Integer at = position.get(session.pagePath());
        if (at == null) {
            return List.of();
        }
        int self = at;
        Set<Integer> candidates = new TreeSet<>();
        for (String id : personsAt[self]) {
            for (int p : personPositions.getOrDefault(id, new int[0])) {
                candidates.add(p);
            }
        }
        for (String slug : topicsAt[self]) {
            int[] list = topicPositions.getOrDefault(slug, new int[0]);
            int index = Arrays.binarySearch(list, self);
            int from = Math.max(0, (index < 0 ? -index - 1 : index) - TOPIC_WINDOW);
            int to = Math.min(list.length, (index < 0 ? -index - 1 : index + 1) + TOPIC_WINDOW);
            for (int i = from; i < to; i++) {
                candidates.add(list[i]);
            }
        }
        candidates.remove(self);
        List<int[]> scored = new ArrayList<>();
        for (int other : candidates) {
            int score = shared(topicsAt[self], topicsAt[other]) + PERSON_WEIGHT * shared(personsAt[self], personsAt[other]);
            if (score > 0) {
                scored.add(new int[] {other, score});
            }
        }
        scored.sort(Comparator.comparingInt((int[] s) -> -s[1])
                .thenComparingInt(s -> Math.abs(s[0] - self))
                .thenComparingInt(s -> s[0]));
        return scored.stream().limit(LIMIT)
                .map(s -> sessions.get(s[0]))
                .map(other -> new PageView.SessionLink(other, model.event(other.eventPath())))
                .toList();
    }

    private boolean isPerson(String id) {
        Person person = model.people().get(id);
        return person != null && !person.isOrganisation();
    }

    private int[] positions(List<Session> list) {
        return list.stream().map(s -> position.get(s.pagePath())).filter(p -> p != null)
                .mapToInt(Integer::intValue).distinct().sorted().toArray();
    }

    /** How many entries two sorted arrays have in common. */
    private static int shared(String[] a, String[] b) {
        int count = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            int c = a[i].compareTo(b[j]);
            if (c == 0) {
                count++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return count;
    }

    private static Set<String> personIds(Session session) {
        Set<String> ids = new LinkedHashSet<>();
        session.authors().forEach(p -> ids.add(p.id()));
        session.inputs().forEach(in -> in.speakers().forEach(s -> ids.add(s.person().id())));
        return ids;
    }
}
