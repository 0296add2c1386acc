package de.tagungsband.page;

import de.tagungsband.model.Appearance;
import de.tagungsband.model.Person;
import de.tagungsband.model.Session;
import de.tagungsband.model.SiteModel;
import de.tagungsband.model.Topic;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

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
    /** Positions and distances take this many bits of a {@link #rank}, scores the rest. */
    private static final int POSITION_BITS = 24;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;
    private static final int MAX_SCORE = (1 << 63 - 2 * POSITION_BITS) - 1;
    private static final int[] NONE = new int[0];

    private final SiteModel model;
    private final List<Session> sessions;
    private final Map<String, Integer> position;
    /** Archive positions of the sessions of each topic, ascending. */
    private final Map<String, int[]> topicPositions;
    /** Archive positions of the sessions of each person (not organisations), ascending. */
    private final Map<String, int[]> personPositions;
    /** Per archive position: its topic slugs and person ids, sorted, for exact scoring. */
    private final String[][] topicsAt;
    private final String[][] personsAt;
    /** The number of each slug and id ("topic:" or "person:" before it). */
    private final Map<String, Integer> numbers;
    /** The same as numbers, sorted: comparing them is the inner loop. */
    private final int[][] topicNumbersAt;
    private final int[][] personNumbersAt;
    /** The positions chosen for each position, as they are worked out. */
    private final AtomicReferenceArray<int[]> chosen;

    RelatedSessions(SiteModel model) {
        this.model = model;
        this.sessions = model.sessions();
        position = new HashMap<>();
        topicPositions = new HashMap<>();
        personPositions = new HashMap<>();
        topicsAt = new String[sessions.size()][];
        personsAt = new String[sessions.size()][];
        topicNumbersAt = new int[sessions.size()][];
        personNumbersAt = new int[sessions.size()][];
        numbers = new HashMap<>();
        for (int i = 0; i < sessions.size(); i++) {
            position.putIfAbsent(sessions.get(i).pagePath(), i);
        }
        for (int i = 0; i < sessions.size(); i++) {
            describe(i);
        }
        model.sessionsByTopic().forEach((slug, list) -> topicPositions.put(slug, positions(list)));
        model.appearances().forEach((id, appearances) -> {
            if (isPerson(id)) {
                personPositions.put(id, positions(appearances.stream().map(Appearance::session).toList()));
            }
        });
        chosen = new AtomicReferenceArray<>(sessions.size());
    }


    /** The topics and persons of the session at {@code i}, by name and by number. */
    private void describe(int i) {
        Session session = sessions.get(i);
        topicsAt[i] = session.topics().stream().map(Topic::slug).distinct().sorted().toArray(String[]::new);
        personsAt[i] = personIds(session).stream().filter(this::isPerson).sorted().toArray(String[]::new);
        topicNumbersAt[i] = numbered(topicsAt[i], "topic:", numbers);
        personNumbersAt[i] = numbered(personsAt[i], "person:", numbers);
    }

    private int[] chosenAt(int at) {
        int[] positions = chosen.get(at);
        if (positions == null) {
            positions = choose(at);
            chosen.set(at, positions);
        }
        return positions;
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
        return Arrays.stream(chosenAt(at)).mapToObj(sessions::get)
                .map(other -> new PageView.SessionLink(other, model.event(other.eventPath()).heading()))
                .toList();
    }

    /** The archive positions of the related sessions of the session at {@code self}. */
    private int[] choose(int self) {
        int[] candidates = candidates(self);
        long[] ranked = new long[candidates.length];
        int count = 0;
        for (int i = 0; i < candidates.length; i++) {
            int other = candidates[i];
            if (other == self || i > 0 && other == candidates[i - 1]) {
                continue;
            }
            int score = shared(topicNumbersAt[self], topicNumbersAt[other])
                    + PERSON_WEIGHT * shared(personNumbersAt[self], personNumbersAt[other]);
            if (score > 0) {
                ranked[count++] = rank(score, Math.abs(other - self), other);
            }
        }
        Arrays.sort(ranked, 0, count);
        int[] chosen = new int[Math.min(LIMIT, count)];
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = (int) (ranked[i] & POSITION_MASK);
        }
        return chosen;
    }

    /**
     * A candidate's place among the others as one number, smallest first: highest score, then nearest, then first
     * in the archive (sorting numbers instead of objects makes choosing several times faster). Positions take 24 bits
     * (16 million sessions), scores 15 (a score above 32,767, more than 16,000 people shared, would tie).
     */
    private static long rank(int score, int distance, int position) {
        return (long) (MAX_SCORE - Math.min(score, MAX_SCORE)) << 2 * POSITION_BITS | (long) distance << POSITION_BITS
                | position;
    }

    /** Archive positions of every session that shares a person, and of the nearest ones of each topic; sorted. */
    private int[] candidates(int self) {
        int[] found = new int[64];
        int count = 0;
        for (String id : personsAt[self]) {
            for (int p : personPositions.getOrDefault(id, NONE)) {
                found = count == found.length ? Arrays.copyOf(found, 2 * count) : found;
                found[count++] = p;
            }
        }
        for (String slug : topicsAt[self]) {
            int[] list = topicPositions.getOrDefault(slug, NONE);
            int index = Arrays.binarySearch(list, self);
            int from = Math.max(0, (index < 0 ? -index - 1 : index) - TOPIC_WINDOW);
            int to = Math.min(list.length, (index < 0 ? -index - 1 : index + 1) + TOPIC_WINDOW);
            for (int i = from; i < to; i++) {
                found = count == found.length ? Arrays.copyOf(found, 2 * count) : found;
                found[count++] = list[i];
            }
        }
        int[] sorted = Arrays.copyOf(found, count);
        Arrays.sort(sorted);
        return sorted;
    }

    private static int[] numbered(String[] keys, String kind, Map<String, Integer> numbers) {
        return Arrays.stream(keys).mapToInt(k -> numbers.computeIfAbsent(kind + k, x -> numbers.size()))
                .distinct().sorted().toArray();
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
    private static int shared(int[] a, int[] b) {
        int count = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            int c = Integer.compare(a[i], b[j]);
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
