package de.tagungsband.page;

import de.tagungsband.model.Appearance;
import de.tagungsband.model.Person;
import de.tagungsband.model.Session;
import de.tagungsband.model.SiteModel;
import de.tagungsband.model.Topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** The positions chosen for each position, as they are worked out; shared with the next build when they fit. */
    private final AtomicReferenceArray<int[]> chosen;
    /** The positions whose choice was made again after a revision (see {@link #afterRevision}). */
    private final Set<Integer> remade;

    RelatedSessions(SiteModel model) {
        this(model, Optional.empty());
    }

    /**
     * @param last the related sessions of the last build (the preview's): when every session has the same place,
     *             topics and persons as then (a title or text changed, say), the choices made then still hold
     */
    RelatedSessions(SiteModel model, Optional<RelatedSessions> last) {
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
        chosen = last.filter(this::sameStructureAs).map(same -> same.chosen)
                .orElseGet(() -> new AtomicReferenceArray<>(sessions.size()));
        remade = Set.of();
    }

    /**
     * The related sessions of {@code model}, which has the sessions of {@code last}'s model in the same places, but
     * for some that changed: sessions with a new record, and sessions that moved within their event's programme.
     * A session's choice is made again when a changed session is among its candidates, here or in {@code last}; all
     * other choices hold. For such a session, neither it nor any of its candidates changed, in either model: its
     * topics and persons are the same, and so are each person's sessions (only changed sessions join or leave
     * them) and the sessions within {@link #TOPIC_WINDOW} of it in each of its topics (unchanged sessions keep
     * their order; a changed one could enter or leave the window only by being within it in one of the models). So
     * it has the same candidates at the same places with the same scores. Being a candidate is symmetric (a shared
     * person, or a shared topic within the window either way), so the sessions to choose for again are the changed
     * ones and their candidates in either model.
     */
    private RelatedSessions(RelatedSessions last, SiteModel model) {
        this.model = model;
        this.sessions = model.sessions();
        if (sessions.size() != last.sessions.size()) {
            throw new IllegalArgumentException(sessions.size() + " sessions instead of " + last.sessions.size());
        }
        List<Integer> changed = new ArrayList<>();
        boolean moved = false;
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i) != last.sessions.get(i)) {
                changed.add(i);
                moved |= !sessions.get(i).pagePath().equals(last.sessions.get(i).pagePath());
            }
        }
        position = moved ? new HashMap<>(last.position) : last.position;
        if (moved) {
            changed.forEach(i -> position.put(sessions.get(i).pagePath(), i));
        }
        numbers = new HashMap<>(last.numbers);
        topicsAt = last.topicsAt.clone();
        personsAt = last.personsAt.clone();
        topicNumbersAt = last.topicNumbersAt.clone();
        personNumbersAt = last.personNumbersAt.clone();
        Set<String> slugs = new HashSet<>();
        Set<String> persons = new HashSet<>();
        boolean sameStructure = !moved;
        for (int i : changed) {
            describe(i);
            slugs.addAll(Arrays.asList(last.topicsAt[i]));
            slugs.addAll(Arrays.asList(topicsAt[i]));
            persons.addAll(Arrays.asList(last.personsAt[i]));
            persons.addAll(Arrays.asList(personsAt[i]));
            sameStructure &= Arrays.equals(topicsAt[i], last.topicsAt[i])
                    && Arrays.equals(personsAt[i], last.personsAt[i]);
        }
        topicPositions = new HashMap<>(last.topicPositions);
        slugs.forEach(slug -> positionsOf(topicPositions, slug, model.sessionsByTopic().get(slug)));
        personPositions = new HashMap<>(last.personPositions);
        persons.forEach(id -> positionsOf(personPositions, id, Optional.ofNullable(model.appearances().get(id))
                .map(appearances -> appearances.stream().map(Appearance::session).toList()).orElse(null)));
        if (sameStructure) {
            // only titles, kinds or texts changed: the same candidates with the same scores everywhere
            chosen = last.chosen;
            remade = Set.of();
            return;
        }
        Set<Integer> dirty = new HashSet<>(changed);
        for (int i : changed) {
            Arrays.stream(last.candidates(i)).forEach(dirty::add);
            Arrays.stream(candidates(i)).forEach(dirty::add);
        }
        chosen = new AtomicReferenceArray<>(sessions.size());
        for (int i = 0; i < sessions.size(); i++) {
            if (!dirty.contains(i)) {
                chosen.set(i, last.chosen.get(i));
            }
        }
        remade = Set.copyOf(dirty);
    }

    /**
     * The related sessions of {@code model}, this one's model after sessions changed their records or moved within
     * their event (the same sessions, no other places), as a build from scratch chooses them.
     */
    RelatedSessions afterRevision(SiteModel model) {
        return new RelatedSessions(this, model);
    }

    /** The sessions whose related sessions (by page) differ from those {@code before} chose. */
    List<Session> changedSince(RelatedSessions before) {
        remade.parallelStream().forEach(this::chosenAt);
        List<Session> changed = new ArrayList<>();
        for (int at : remade) {
            Session session = sessions.get(at);
            Integer then = before.position.get(session.pagePath());
            if (then == null || !before.pagePaths(before.chosenAt(then)).equals(pagePaths(chosenAt(at)))) {
                changed.add(session);
            }
        }
        return changed;
    }

    /** The session at {@code pagePath}, if there is one. */
    Optional<Session> session(String pagePath) {
        return Optional.ofNullable(position.get(pagePath)).map(sessions::get);
    }

    /** The topics and persons of the session at {@code i}, by name and by number. */
    private void describe(int i) {
        Session session = sessions.get(i);
        topicsAt[i] = session.topics().stream().map(Topic::slug).distinct().sorted().toArray(String[]::new);
        personsAt[i] = personIds(session).stream().filter(this::isPerson).sorted().toArray(String[]::new);
        topicNumbersAt[i] = numbered(topicsAt[i], "topic:", numbers);
        personNumbersAt[i] = numbered(personsAt[i], "person:", numbers);
    }

    private void positionsOf(Map<String, int[]> byKey, String key, List<Session> list) {
        if (list == null) {
            byKey.remove(key);
        } else {
            byKey.put(key, positions(list));
        }
    }

    private int[] chosenAt(int at) {
        int[] positions = chosen.get(at);
        if (positions == null) {
            positions = choose(at);
            chosen.set(at, positions);
        }
        return positions;
    }

    private List<String> pagePaths(int[] positions) {
        return Arrays.stream(positions).mapToObj(p -> sessions.get(p).pagePath()).toList();
    }

    /** The sessions that list {@code session} among their related sessions. */
    List<Session> listing(Session session) {
        Integer at = position.get(session.pagePath());
        List<Session> listing = new ArrayList<>();
        if (at == null) {
            return listing;
        }
        for (int other = 0; other < sessions.size(); other++) {
            for (int p : chosenAt(other)) {
                if (p == at) {
                    listing.add(sessions.get(other));
                    break;
                }
            }
        }
        return listing;
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

    private boolean sameStructureAs(RelatedSessions last) {
        return sessions.size() == last.sessions.size()
                && sessions.stream().map(Session::pagePath).toList()
                        .equals(last.sessions.stream().map(Session::pagePath).toList())
                && Arrays.deepEquals(topicsAt, last.topicsAt) && Arrays.deepEquals(personsAt, last.personsAt)
                && samePositions(topicPositions, last.topicPositions) && samePositions(personPositions, last.personPositions);
    }

    private static boolean samePositions(Map<String, int[]> these, Map<String, int[]> those) {
        return these.keySet().equals(those.keySet())
                && these.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), those.get(e.getKey())));
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
        session.authors().forEach(a -> ids.add(a.person().id()));
        session.inputs().forEach(in -> in.speakers().forEach(s -> ids.add(s.person().id())));
        return ids;
    }
}
