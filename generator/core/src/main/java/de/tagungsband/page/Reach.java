package de.tagungsband.page;

import java.util.Set;
import java.util.HashSet;

/**
 * The pages a change of sessions' records reaches, by what their views hold: the pages of the events whose
 * sessions changed (the sessions', their inputs' and neighbours', the event's own), of the people and topics
 * of the sessions before and after (their lists gain or lose them, or show them anew; a session that moves in
 * its programme leaves the others in their order, so the lists of their people and topics stay), of the
 * sessions whose related sessions changed or show a changed one, the lists of all sessions, and the lists of
 * topics and people (with the search form, which offers both as filters) when a session's topics or people
 * changed, as their counts may. The views of all other pages (home, years, print requests) hold no session and
 * no count that such a change alters ({@link PagePlanner#reach}, {@link PagePlanner#pages}).
 *
 * @param events page paths of events
 * @param people ids of people and organisations
 * @param topics topic slugs
 * @param sessions page paths of sessions
 */
public record Reach(Set<String> events, Set<String> people, Set<String> topics, Set<String> sessions,
                    boolean topicCounts, boolean peopleCounts) {

    public static final Reach NONE = new Reach(Set.of(), Set.of(), Set.of(), Set.of(), false, false);

    /** The page of a session whose text alone changed. */
    public static Reach session(String pagePath) {
        return new Reach(Set.of(), Set.of(), Set.of(), Set.of(pagePath), false, false);
    }

    public Reach and(Reach other) {
        return new Reach(union(events, other.events), union(people, other.people), union(topics, other.topics),
                union(sessions, other.sessions), topicCounts || other.topicCounts, peopleCounts || other.peopleCounts);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return Set.copyOf(union);
    }
}
