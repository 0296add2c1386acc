package de.tagungsband.model;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.record.InputRecord;
import de.tagungsband.record.SessionRecord;
import de.tagungsband.slug.Slugs;
import de.tagungsband.source.ContentSources;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The model after one session's record changed, made from the model before instead of from all records (the
 * preview after a save): the session's authors, inputs and topics are resolved as a build of the whole archive
 * resolves them ({@link ModelBuilder#session}), and the new session takes the old one's place in its event (in
 * programme order, which a new {@code order} changes), in the lists of its people and topics (old ones lose it, new
 * ones gain it), among the topics, the previous and next sessions and the files to copy. All else is the model
 * before: when the session moves, the event's other sessions keep their order among themselves, so the lists of
 * their people and topics stay as they were.
 *
 * @param model the model after the change
 * @param before the session as it was
 * @param after the session made of the new record
 */
public record SessionRevision(SiteModel model, Session before, Session after) {

    /**
     * The model {@code model} becomes when the record of its session {@code before} is {@code record}, with
     * {@code inputs} the session's input records. Empty when that model cannot be made in place: a mistake (an unknown
     * person, a missing slides file, an order taken twice), which the build of the whole archive reports, or a topic
     * the change renames (a topic is named as the first session of the archive that has it spells it).
     */
    public static Optional<SessionRevision> of(SiteModel model, Session before, SessionRecord record,
                                               List<InputRecord> inputs, ContentSources sources, ModelObjects objects) {
        Event event = model.event(before.eventPath());
        Diagnostics mistakes = new Diagnostics();
        Set<AssetCopy> slides = new HashSet<>();
        Session after = ModelBuilder.session(model, event, record, inputs, sources, mistakes, slides, objects);
        if (!mistakes.sorted().isEmpty() || orderTaken(event, before, record)) {
            return Optional.empty();
        }
        List<Session> programme = event.sessions().stream()
                .map(session -> session.pagePath().equals(before.pagePath()) ? after : session)
                .sorted(Comparator.comparing(Session::record, ModelBuilder.PROGRAMME_ORDER)).toList();
        Event revised = objects.reuse(new Event(event.record(), event.pagePath(), programme, event.organisers(),
                event.partners(), event.funders(), event.roles(),
                event.editors(), event.heading(), event.volume()));
        // the other sessions keep their order among themselves: only the lists that hold this one change
        List<Session> touched = List.of(before, after);
        Map<String, Integer> eventOrder = new HashMap<>();
        model.events().forEach(e -> eventOrder.put(e.pagePath(), eventOrder.size()));
        EventBlocks blocks = new EventBlocks(eventOrder, event.pagePath());

        Map<String, List<Session>> byTopic = new TreeMap<>(model.sessionsByTopic());
        Set<String> touchedTopics = topicSlugs(touched);
        for (String slug : touchedTopics) {
            List<Session> block = programme.stream()
                    .filter(session -> session.topics().stream().anyMatch(topic -> topic.slug().equals(slug))).toList();
            blocks.replace(byTopic, slug, block, Session::eventPath);
        }
        Optional<List<Topic>> topics = topics(model, after, byTopic, touchedTopics);
        if (topics.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SessionRevision(new SiteModel(model.site(), events(model, revised), model.people(),
                appearances(model, programme, touched, blocks, objects), topics.get(),
                Collections.unmodifiableMap(byTopic), model.pageBySource(), model.drafts(),
                neighbours(model.previous(), event, programme, -1), neighbours(model.next(), event, programme, 1),
                assets(model, before, slides), eventsByPath(model, revised)), before, after));
    }

    /** An order the event's programme already gives another session: the full build reports it. */
    private static boolean orderTaken(Event event, Session before, SessionRecord record) {
        int order = record.order().value();
        return order != Integer.MAX_VALUE && event.sessions().stream().anyMatch(session ->
                !session.pagePath().equals(before.pagePath()) && session.record().order().value() == order);
    }

    private static Set<String> topicSlugs(List<Session> sessions) {
        Set<String> slugs = new LinkedHashSet<>();
        sessions.forEach(session -> session.topics().forEach(topic -> slugs.add(topic.slug())));
        return slugs;
    }

    /**
     * Lists in archive order (newest event first, each event's in programme order) whose items of one event are
     * replaced by that event's new ones, in the place the event has among the others.
     */
    private record EventBlocks(Map<String, Integer> eventOrder, String eventPath) {

        <T> void replace(Map<String, List<T>> lists, String key, List<T> block, Function<T, String> eventOf) {
            int place = eventOrder.get(eventPath);
            List<T> replaced = new ArrayList<>();
            boolean placed = false;
            for (T item : lists.getOrDefault(key, List.of())) {
                int itemPlace = eventOrder.get(eventOf.apply(item));
                if (itemPlace == place) {
                    continue;
                }
                if (!placed && itemPlace > place) {
                    replaced.addAll(block);
                    placed = true;
                }
                replaced.add(item);
            }
            if (!placed) {
                replaced.addAll(block);
            }
            if (replaced.isEmpty()) {
                lists.remove(key);
            } else {
                lists.put(key, List.copyOf(replaced));
            }
        }
    }

    /**
     * The topics after the change: a topic no session has any more is gone, a new one is added. Empty when a topic
     * the change touched would be named otherwise by a build of the whole archive: then every session that has it
     * would hold the topic under its new name, and the full build makes them.
     */
    private static Optional<List<Topic>> topics(SiteModel model, Session after, Map<String, List<Session>> byTopic,
                                                Set<String> touched) {
        Map<String, Topic> bySlug = new TreeMap<>();
        model.topics().forEach(topic -> bySlug.put(topic.slug(), topic));
        after.topics().forEach(topic -> bySlug.putIfAbsent(topic.slug(), topic));
        for (String slug : touched) {
            List<Session> sessions = byTopic.get(slug);
            if (sessions == null) {
                bySlug.remove(slug);
            } else if (!bySlug.get(slug).name().equals(firstSpelling(sessions.get(0), slug))) {
                return Optional.empty();
            }
        }
        return Optional.of(bySlug.values().stream().sorted(ModelBuilder.TOPIC_ORDER).toList());
    }

    /** How a session writes a topic: the name its build of the whole archive gives the topic if it is the first. */
    private static String firstSpelling(Session session, String slug) {
        return session.record().topics().stream().filter(name -> Slugs.of(name).equals(slug)).findFirst().orElseThrow();
    }

    /**
     * The appearances of everyone in the touched sessions (before and after), with the event's part of their lists
     * made again. A person who appears for the first time is added last: nothing reads the order of the map's keys.
     */
    private static Map<String, List<Appearance>> appearances(SiteModel model, List<Session> programme,
                                                             List<Session> touched, EventBlocks blocks,
                                                             ModelObjects objects) {
        Map<String, Set<Appearance>> inEvent = new HashMap<>();
        programme.forEach(session -> ModelBuilder.appearances(session, (person, appearance) ->
                inEvent.computeIfAbsent(person.id(), id -> new LinkedHashSet<>()).add(objects.reuse(appearance))));
        Set<String> people = new LinkedHashSet<>();
        touched.forEach(session -> ModelBuilder.appearances(session, (person, appearance) -> people.add(person.id())));
        Map<String, List<Appearance>> appearances = new LinkedHashMap<>(model.appearances());
        for (String id : people) {
            blocks.replace(appearances, id, List.copyOf(inEvent.getOrDefault(id, Set.of())),
                    appearance -> appearance.session().eventPath());
        }
        return Collections.unmodifiableMap(appearances);
    }

    /**
     * The previous (step -1) or next (step 1) session of each session, with the event's programme in place of its
     * sessions before.
     */
    private static Map<String, Session> neighbours(Map<String, Session> before, Event event, List<Session> programme,
                                                   int step) {
        Map<String, Session> neighbours = new HashMap<>(before);
        event.sessions().forEach(session -> neighbours.remove(session.pagePath()));
        for (int i = 0; i < programme.size(); i++) {
            int neighbour = i + step;
            if (neighbour >= 0 && neighbour < programme.size()) {
                neighbours.put(programme.get(i).pagePath(), programme.get(neighbour));
            }
        }
        return Collections.unmodifiableMap(neighbours);
    }

    /** The files to copy: the old session's slides only while another session shows them too, and the new ones. */
    private static Set<AssetCopy> assets(SiteModel model, Session before, Set<AssetCopy> slides) {
        Set<String> slidesBefore = new HashSet<>();
        before.inputs().forEach(input -> input.slidesPath().ifPresent(slidesBefore::add));
        if (slidesBefore.isEmpty() && model.assets().containsAll(slides)) {
            return model.assets();
        }
        Set<String> shownElsewhere = new HashSet<>();
        model.sessions().stream().filter(session -> !session.pagePath().equals(before.pagePath()))
                .forEach(session -> session.inputs().forEach(input -> input.slidesPath()
                        .filter(slidesBefore::contains).ifPresent(shownElsewhere::add)));
        Set<AssetCopy> assets = new HashSet<>(model.assets());
        assets.removeIf(asset -> slidesBefore.contains(asset.sitePath()) && !shownElsewhere.contains(asset.sitePath()));
        assets.addAll(slides);
        return Set.copyOf(assets);
    }

    private static List<Event> events(SiteModel model, Event revised) {
        return model.events().stream().map(event -> event.pagePath().equals(revised.pagePath()) ? revised : event)
                .toList();
    }

    private static Map<String, Event> eventsByPath(SiteModel model, Event revised) {
        Map<String, Event> byPath = new LinkedHashMap<>(model.eventsByPath());
        byPath.put(revised.pagePath(), revised);
        return Collections.unmodifiableMap(byPath);
    }
}
