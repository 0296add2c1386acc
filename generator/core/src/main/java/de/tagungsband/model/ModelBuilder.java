package de.tagungsband.model;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Messages;
import de.tagungsband.i18n.Text;
import de.tagungsband.record.EventDays;
import de.tagungsband.record.EventRecord;
import de.tagungsband.record.EventRecords;
import de.tagungsband.record.InputRecord;
import de.tagungsband.record.Located;
import de.tagungsband.record.Records;
import de.tagungsband.record.SessionRecord;
import de.tagungsband.record.Suggestions;
import de.tagungsband.record.Times;
import de.tagungsband.slug.Slugs;
import de.tagungsband.source.ContentScanner;
import de.tagungsband.source.ContentSources;
import de.tagungsband.source.SourceFile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stage 3: checks records against each other and the registry, and assembles the {@link SiteModel} in one pass
 * over the events (indexes by person, topic and year are filled with maps, never by searching all pages).
 */
public final class ModelBuilder {

    /**
     * Sessions of an event as its programme lists them: by day (undated ones on the first), by time (untimed ones
     * after), then order, then file name.
     */
    static Comparator<SessionRecord> programmeOrder(LocalDate firstDay) {
        return Comparator.comparing((SessionRecord s) -> s.date().map(Located::value).orElse(firstDay))
                    .thenComparing(s -> s.time().flatMap(Times::startMinutes).orElse(Integer.MAX_VALUE))
                    .thenComparing(s -> s.order().value()).thenComparing(SessionRecord::slug);
    }

    /** Topics by name, from topics sorted by slug. */
    static final Comparator<Topic> TOPIC_ORDER =
            Comparator.comparing(t -> t.name().toLowerCase(java.util.Locale.GERMAN));

    private final ContentSources sources;
    private final Diagnostics diagnostics;
    private final boolean includeDrafts;
    private final Registry registry;
    private final Map<Path, String> pageBySource;
    private final Set<Path> drafts = new HashSet<>();
    private final Map<String, Topic> topicsBySlug = new TreeMap<>();
    /** The record that named each topic first, to name both when two topics would share one address. */
    private final Map<String, Path> topicSources = new HashMap<>();
    private final Set<AssetCopy> assets;
    private final SessionTypes sessionTypes;
    private final SessionNames names;

    private ModelBuilder(Records records, ContentSources sources, boolean includeDrafts, Diagnostics diagnostics,
                         Messages messages) {
        this.sources = sources;
        this.diagnostics = diagnostics;
        this.includeDrafts = includeDrafts;
        this.registry = Registry.of(records.people(), records.peopleReadable(), Path.of(ContentScanner.PEOPLE_FILE),
                diagnostics);
        this.pageBySource = new HashMap<>();
        this.assets = new HashSet<>();
        this.sessionTypes = SessionTypes.of(records.site().sessionKinds(), messages);
        this.names = new SessionNames(messages);
    }

    /** The model, with session kinds labelled by the built-in templates' message bundle. */
    public static SiteModel build(Records records, ContentSources sources, boolean includeDrafts, Diagnostics diagnostics) {
        return build(records, sources, includeDrafts, diagnostics, Messages.builtIn(records.site().language()));
    }

    /** @param messages the templates' words: labels of the built-in session kinds, "von", "und" */
    public static SiteModel build(Records records, ContentSources sources, boolean includeDrafts, Diagnostics diagnostics,
                                  Messages messages) {
        return new ModelBuilder(records, sources, includeDrafts, diagnostics, messages).assemble(records);
    }

    private SiteModel assemble(Records records) {
        List<EventRecords> ordered = records.events().stream()
                .sorted(Comparator.comparing((EventRecords e) -> e.event().start()).reversed()
                        .thenComparing(e -> e.event().slug()))
                .toList();
        ordered.forEach(this::registerPages);
        List<Event> events = ordered.stream().map(this::event).toList();

        Map<String, Event> eventsByPath = new LinkedHashMap<>();
        Map<String, Session> previous = new HashMap<>();
        Map<String, Session> next = new HashMap<>();
        Map<String, java.util.LinkedHashSet<Appearance>> appearances = new LinkedHashMap<>();
        Map<String, List<Session>> byTopic = new TreeMap<>();
        for (Event event : events) {
            eventsByPath.put(event.pagePath(), event);
            List<Session> sessions = event.sessions();
            for (int i = 0; i < sessions.size(); i++) {
                Session session = sessions.get(i);
                if (i > 0) {
                    previous.put(session.pagePath(), sessions.get(i - 1));
                }
                if (i < sessions.size() - 1) {
                    next.put(session.pagePath(), sessions.get(i + 1));
                }
                indexAppearances(session, appearances);
                session.topics().forEach(t -> byTopic.computeIfAbsent(t.slug(), k -> new ArrayList<>()).add(session));
            }
        }
        return new SiteModel(records.site(), events, registry.all(), freeze(appearances),
                List.copyOf(topicsBySlug.values().stream().sorted(TOPIC_ORDER).toList()),
                freeze(byTopic), Map.copyOf(pageBySource), Set.copyOf(drafts), Map.copyOf(previous), Map.copyOf(next),
                Set.copyOf(assets), java.util.Collections.unmodifiableMap(eventsByPath), sessionTypes.all());
    }

    /** First pass: every record's page path, so that links between records can be resolved in any order. */
    private void registerPages(EventRecords records) {
        EventRecord event = records.event();
        String eventPath = SitePaths.event(event.year(), event.slug());
        pageBySource.put(event.source().path(), eventPath);
        Map<String, SessionRecord> bySlug = new HashMap<>();
        for (SessionRecord session : records.sessions()) {
            if (session.draft() && !includeDrafts) {
                drafts.add(session.source().path());
                continue;
            }
            if (SitePaths.RESERVED_IN_EVENT.contains(session.slug())) {
                diagnostics.error(session.source().path(), 1, Text.of("page.reserved", session.slug()),
                        Text.of("page.reserved.fix", session.slug() + "-beitrag.md"));
                continue;
            }
            SessionRecord clash = bySlug.putIfAbsent(session.slug(), session);
            if (clash != null) {
                diagnostics.error(session.source().path(), 1, Text.of("page.taken", session.slug(),
                        clash.source().path().getFileName()), Text.of("page.taken.fix"));
                continue;
            }
            pageBySource.put(session.source().path(), SitePaths.session(eventPath, session.slug()));
        }
        for (InputRecord input : records.inputs()) {
            if (input.draft() && !includeDrafts) {
                drafts.add(input.source().path());
                continue;
            }
            Path sessionPath = event.folder().resolve(input.session().value());
            String sessionPage = pageBySource.get(sessionPath);
            if (sessionPage != null) {
                pageBySource.put(input.source().path(), SitePaths.input(sessionPage, input.slug()));
            }
        }
    }

    private Event event(EventRecords records) {
        EventRecord record = records.event();
        Path file = record.source().path();
        List<Person> organisers = registry.people(record.organisers(), record.year(), file, diagnostics);
        List<Person> editors = registry.people(record.editors(), record.year(), file, diagnostics);
        String eventPath = pageBySource.get(file);
        Map<String, List<InputRecord>> inputsBySession = inputsBySession(records);
        List<SessionRecord> sessions = records.sessions().stream()
                .filter(s -> pageBySource.containsKey(s.source().path()))
                .map(s -> onItsDay(s, record))
                .sorted(programmeOrder(record.start()))
                .toList();
        reportDuplicateOrders(sessions, record.start());
        SameTitles.report(sessions, sources.root(), diagnostics);
        List<Session> assembled = sessions.stream()
                .map(s -> session(s, record, eventPath,
                        inputsBySession.getOrDefault(s.source().path().getFileName().toString(), List.of())))
                .toList();
        VolumeChoice volume = volume(record, !assembled.isEmpty());
        EventHeading heading = new EventHeading(record, eventPath, Event.organiser(organisers),
                assembled.size(), volume.generated());
        return new Event(record, eventPath, assembled, organisers,
                registry.people(record.partners(), record.year(), file, diagnostics),
                registry.people(record.funders(), record.year(), file, diagnostics),
                registry.speakers(record.people(), record.year(), file, diagnostics), editors, heading, volume,
                new Attachments(sources, record, diagnostics, assets).documents(record.documents(), file));
    }

    /**
     * {@code proceedings:} absent: a generated volume when the event has sessions; {@code false}: none; {@code true}:
     * generated also without sessions; a path: that PDF in the content folder is the event's documentation.
     */
    private VolumeChoice volume(EventRecord record, boolean hasSessions) {
        if (record.proceedings().isEmpty()) {
            return hasSessions ? VolumeChoice.GENERATED : VolumeChoice.NONE;
        }
        Located<String> value = record.proceedings().get();
        switch (value.value().toLowerCase(java.util.Locale.ROOT)) {
            case "false", "no", "nein" -> {
                return VolumeChoice.NONE;
            }
            case "true", "yes", "ja" -> {
                return VolumeChoice.GENERATED;
            }
            default -> {
                Path file = record.source().path();
                if (!value.value().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
                    diagnostics.error(file, value.line(), de.tagungsband.i18n.Text.of("volume.notPdf", value.value()),
                            de.tagungsband.i18n.Text.of("volume.notPdf.fix"));
                    return VolumeChoice.NONE;
                }
                return ContentFiles.resolve(sources, record.folder(), value, file, "what.pdf", diagnostics)
                        .map(pdf -> new VolumeChoice(false, Optional.of(pdf))).orElse(VolumeChoice.NONE);
            }
        }
    }

    private Map<String, List<InputRecord>> inputsBySession(EventRecords records) {
        Map<String, List<InputRecord>> bySession = new HashMap<>();
        List<String> sessionFiles = records.sessions().stream()
                .map(s -> s.source().path().getFileName().toString()).toList();
        for (InputRecord input : records.inputs()) {
            if (input.draft() && !includeDrafts) {
                continue;
            }
            String session = input.session().value();
            if (session.isEmpty()) {
                continue;
            }
            Path sessionPath = records.event().folder().resolve(session);
            if (!pageBySource.containsKey(sessionPath) && unreadable(sessionPath, records)) {
                continue;
            }
            if (!pageBySource.containsKey(sessionPath)) {
                boolean draft = drafts.contains(sessionPath);
                diagnostics.error(input.source().path(), input.session().line(), draft
                                ? Text.of("input.sessionDraft", session) : Text.of("input.noSession", session, records.event().folder()),
                        draft ? Text.of("input.sessionDraft.fix")
                                : Suggestions.didYouMeanFile(session, sessionFiles, Text.of("input.noSession.fix")));
                continue;
            }
            bySession.computeIfAbsent(session, k -> new ArrayList<>()).add(input);
        }
        return bySession;
    }

    /** A record file that exists but could not be read has its own errors; a second one here would only distract. */
    private boolean unreadable(Path file, EventRecords records) {
        return sources.files().contains(file)
                && records.sessions().stream().noneMatch(s -> s.source().path().equals(file))
                && records.inputs().stream().noneMatch(i -> i.source().path().equals(file));
    }

    /** A session's date must be a day of its event; the first day stands for a session that gives none. */
    private SessionRecord onItsDay(SessionRecord session, EventRecord event) {
        session.date().ifPresent(d -> EventDays.check(diagnostics, session.source().path(), d.line(), d.value(),
                event.start(), event.end()));
        return session;
    }

    /** An order need only be unique among the sessions of the same day and time (or slot). */
    private void reportDuplicateOrders(List<SessionRecord> sessions, LocalDate firstDay) {
        Map<String, SessionRecord> seen = new HashMap<>();
        for (SessionRecord session : sessions) {
            int order = session.order().value();
            if (order == Integer.MAX_VALUE) {
                continue;
            }
            SessionRecord first = seen.putIfAbsent(session.date().map(Located::value).orElse(firstDay) + "\u0000"
                    + session.time().orElse("") + "\u0000" + session.slot().orElse("")
                    + "\u0000" + order, session);
            if (first != null) {
                // the mistake is in the copy an editor made to start a new session, not in the original
                boolean copy = CopiedFiles.isCopy(sources.root(), session.source().path(), first.source().path());
                SessionRecord shown = copy ? session : first;
                Path original = (copy ? first : session).source().path().getFileName();
                int free = sessions.stream().mapToInt(s -> s.order().value()).filter(o -> o != Integer.MAX_VALUE).max().orElse(0) + 1;
                Optional<String> when = session.time().or(session::slot);
                diagnostics.error(shown.source().path(), shown.order().line(), when.isPresent()
                                ? Text.of("programme.orderTaken", order, original, when.get())
                                : Text.of("session.orderTaken", order, original),
                        when.isPresent() ? Text.of("programme.orderTaken.fix", order + 1)
                                : Text.of("session.orderTaken.fix", free, original));
            }
        }
    }

    private Session session(SessionRecord record, EventRecord event, String eventPath, List<InputRecord> inputRecords) {
        Path file = record.source().path();
        String pagePath = pageBySource.get(file);
        List<Speaker> authors = registry.speakers(record.authors(), event.year(), file, diagnostics);
        List<Speaker> roles = registry.speakers(record.people(), event.year(), file, diagnostics);
        SessionType kind = sessionTypes.resolve(record.kind(), file, diagnostics);
        Attachments attachments = new Attachments(sources, event, diagnostics, assets);
        InputAssembler assembler = new InputAssembler(registry, sources, event, diagnostics, pageBySource, attachments);
        List<Input> inputs = assembler.inputs(record, inputRecords).stream().map(i -> names.named(i, kind)).toList();
        List<Topic> topics = record.topics().stream().map(t -> topic(t, record.source())).filter(Objects::nonNull)
                .distinct().toList();
        return new Session(record, names.title(record, kind, authors, roles, inputs), kind, pagePath, eventPath,
                authors, roles, inputs, topics, attachments.documents(record.documents(), file));
    }

    /**
     * The topic of that name; names that differ only in case or spacing are one topic. Two other names that give the
     * same address ("Integration!" and "Integration?", or two that are cut to the same length) are an error: one
     * topic's page would replace the other's.
     */
    private Topic topic(String name, SourceFile source) {
        String slug = Slugs.address(name);
        Topic topic = topicsBySlug.computeIfAbsent(slug, s -> new Topic(name, s, SitePaths.topic(s)));
        topicSources.putIfAbsent(slug, source.path());
        if (!sameName(topic.name(), name)) {
            diagnostics.error(source.path(), lineOf(source.text(), name), Text.of("topic.sameAddress", name,
                    topic.name(), topicSources.get(slug), topic.pagePath()), Text.of("topic.sameAddress.hint"));
            return null;
        }
        return topic;
    }

    /** The line of the file that names the topic (its list in the front matter), 1 if it is not written as it is. */
    private static int lineOf(String text, String name) {
        int at = text.indexOf(name);
        return at < 0 ? 1 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static boolean sameName(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT)
                .equals(b.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT));
    }

    private void indexAppearances(Session session, Map<String, java.util.LinkedHashSet<Appearance>> appearances) {
        appearances(session, (person, appearance) -> add(appearances, person, appearance));
    }

    /**
     * The appearances of people and organisations in {@code session}, in the order their lists hold them: its
     * authors, then each input's speakers, each followed by the organisation it spoke for.
     */
    static void appearances(Session session, java.util.function.BiConsumer<Person, Appearance> each) {
        for (Speaker author : session.authors()) {
            each.accept(author.person(), new Appearance(Appearance.Role.AUTHOR, session, Optional.empty(), Optional.empty()));
            author.organisation().ifPresent(org -> each.accept(org,
                    new Appearance(Appearance.Role.AUTHOR_ORGANISATION, session, Optional.empty(), Optional.empty())));
        }
        for (Input input : session.inputs()) {
            for (Speaker speaker : input.speakers()) {
                each.accept(speaker.person(),
                        new Appearance(Appearance.Role.SPEAKER, session, Optional.of(input), Optional.empty()));
                speaker.organisation().ifPresent(org -> each.accept(org,
                        new Appearance(Appearance.Role.ORGANISATION, session, Optional.of(input), Optional.empty())));
            }
        }
        for (Speaker role : session.roles()) {
            each.accept(role.person(), new Appearance(Appearance.Role.FUNCTION, session, Optional.empty(), role.role()));
            role.organisation().ifPresent(org -> each.accept(org,
                    new Appearance(Appearance.Role.FUNCTION_ORGANISATION, session, Optional.empty(), role.role())));
        }
    }

    private void add(Map<String, java.util.LinkedHashSet<Appearance>> appearances, Person person, Appearance appearance) {
        if (!person.hasPage()) {
            return;
        }
        appearances.computeIfAbsent(person.id(), k -> new java.util.LinkedHashSet<>()).add(appearance);
    }

    private static <K, V> Map<K, List<V>> freeze(Map<K, ? extends java.util.Collection<V>> map) {
        Map<K, List<V>> frozen = new LinkedHashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(frozen);
    }
}
