package de.tagungsband.page;

import de.tagungsband.ContentFixture;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.model.Event;
import de.tagungsband.model.ModelBuilder;
import de.tagungsband.model.ModelObjects;
import de.tagungsband.model.Session;
import de.tagungsband.model.SessionRevision;
import de.tagungsband.model.SiteModel;
import de.tagungsband.record.EventRecords;
import de.tagungsband.record.InputRecord;
import de.tagungsband.record.RecordReader;
import de.tagungsband.record.Records;
import de.tagungsband.record.SessionRecord;
import de.tagungsband.source.ContentScanner;
import de.tagungsband.source.ContentSources;
import de.tagungsband.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A session's record revised in place ({@link SessionRevision}, {@link RelatedSessions#afterRevision}) gives the
 * model and the related sessions a build from scratch makes, in an archive whose topics are longer than the window
 * of candidates around each session: a long series of random revisions (topics, people, inputs, order), each
 * compared with the model and the related sessions made from all records.
 */
class RevisedArchiveTest {

    private static final int EVENTS = 4;
    private static final int SESSIONS_PER_EVENT = 30;
    private static final List<String> TOPICS = List.of("Ankommen", "Bleiben", "Wohnen");
    private static final int PEOPLE = 14;

    @TempDir
    Path dir;

    private final Random random = new Random(20260611);

    @Test
    void randomRevisionsGiveTheModelAndRelatedSessionsOfABuildFromScratch() {
        Path content = archive().writeTo(dir.resolve("content"));
        Diagnostics diagnostics = new Diagnostics();
        ContentSources sources = ContentScanner.scan(content, diagnostics);
        Records records = RecordReader.read(sources, diagnostics);
        SiteModel model = ModelBuilder.build(records, sources, false, diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        RelatedSessions related = new RelatedSessions(model);
        model.sessions().forEach(related::of);

        for (int step = 0; step < 200; step++) {
            List<Session> sessions = model.sessions();
            Session session = sessions.get(random.nextInt(sessions.size()));
            SessionRecord record = revised(session.record(), model.event(session.eventPath()));
            String what = "step " + step + ", " + session.pagePath() + ":\n" + record.source().text();
            records = replaced(records, record);
            SiteModel scratch = ModelBuilder.build(records, sources, false, diagnostics);
            assertFalse(diagnostics.hasErrors(), what + diagnostics.sorted());

            Optional<SessionRevision> revision = SessionRevision.of(model, session, record, inputsOf(records, record),
                    sources, ModelObjects.NEW);
            assertTrue(revision.isPresent(), what);
            assertEquals(shape(scratch), shape(revision.get().model()), what);

            RelatedSessions revised = related.afterRevision(revision.get().model());
            RelatedSessions fresh = new RelatedSessions(scratch);
            List<String> changed = revised.changedSince(related).stream().map(Session::pagePath).toList();
            for (Session other : scratch.sessions()) {
                List<String> chosen = links(revised.of(other));
                assertEquals(links(fresh.of(other)), chosen, what + "\nrelated sessions of " + other.pagePath());
                if (!chosen.equals(links(related.of(model.sessions().stream()
                        .filter(s -> s.pagePath().equals(other.pagePath())).findFirst().orElseThrow())))) {
                    assertTrue(changed.contains(other.pagePath()), what + "\nnot named as changed: " + other.pagePath());
                }
            }
            model = revision.get().model();
            related = revised;
        }
    }

    /** The session's record with new topics, authors, inputs or order (a free place in its event), or several. */
    private SessionRecord revised(SessionRecord record, Event event) {
        String text = record.source().text();
        int change = random.nextInt(5);
        if (change == 0 || change == 4) {
            text = text.replaceFirst("(?m)^topics: .*$", "topics: " + topics());
        }
        if (change == 1 || change == 4) {
            text = text.replaceFirst("(?m)^authors: .*$", "authors: " + authors());
        }
        if (change == 2 || change == 4) {
            text = text.replaceFirst("(?ms)^inputs:.*?(?=^---$)", inputs());
        }
        if (change == 3 || change == 4) {
            List<Integer> taken = event.sessions().stream().map(s -> s.record().order().value()).toList();
            List<Integer> free = IntStream.range(-5, 2 * SESSIONS_PER_EVENT).filter(o -> !taken.contains(o)).boxed().toList();
            int order = free.get(random.nextInt(free.size()));
            text = text.replaceFirst("(?m)^order: .*$", "order: " + order);
        }
        SourceFile file = SourceFile.decode(record.source().path(), text.getBytes(StandardCharsets.UTF_8));
        Diagnostics diagnostics = new Diagnostics();
        Object read = RecordReader.record(file, diagnostics).orElseThrow();
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
        return (SessionRecord) read;
    }

    private static Records replaced(Records records, SessionRecord record) {
        return new Records(records.site(), records.people(), records.peopleReadable(), records.events().stream()
                .map(event -> new EventRecords(event.event(), event.sessions().stream()
                        .map(s -> s.source().path().equals(record.source().path()) ? record : s).toList(),
                        event.inputs()))
                .toList());
    }

    private static List<InputRecord> inputsOf(Records records, SessionRecord record) {
        String file = record.source().path().getFileName().toString();
        return records.events().stream().flatMap(event -> event.inputs().stream())
                .filter(input -> input.source().path().getParent().equals(record.source().path().getParent())
                        && input.session().value().equals(file))
                .toList();
    }

    private static List<String> links(List<PageView.SessionLink> links) {
        return links.stream().map(link -> link.session().pagePath()).toList();
    }

    /**
     * Everything the model holds, compared by value (sessions and events compare by their page only), with maps in
     * the order of their keys.
     */
    private static List<Object> shape(SiteModel model) {
        List<Object> shape = new ArrayList<>();
        shape.add(model.events().stream().map(RevisedArchiveTest::shape).toList());
        shape.add(List.copyOf(model.eventsByPath().keySet()));
        shape.add(model.eventsByPath().values().stream().map(RevisedArchiveTest::shape).toList());
        shape.add(model.people());
        shape.add(new TreeMap<>(model.appearances().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().stream().map(appearance -> List.of(appearance.role(),
                        shape(appearance.session()), appearance.input())).toList()))));
        shape.add(model.topics());
        shape.add(new TreeMap<>(model.sessionsByTopic().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().stream().map(RevisedArchiveTest::shape).toList()))));
        shape.add(List.copyOf(model.sessionsByTopic().keySet()));
        shape.add(new TreeMap<>(model.pageBySource()));
        shape.add(model.drafts());
        shape.add(new TreeMap<>(model.previous().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> shape(entry.getValue())))));
        shape.add(new TreeMap<>(model.next().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> shape(entry.getValue())))));
        shape.add(model.assets());
        return shape;
    }

    private static List<Object> shape(Event event) {
        return List.of(event.pagePath(), event.record(), event.heading(), event.organiser(), event.editors(),
                event.sessions().stream().map(RevisedArchiveTest::shape).toList());
    }

    private static List<Object> shape(Session session) {
        return List.of(session.pagePath(), session.record(), session.eventPath(), session.authors(), session.inputs(),
                session.topics());
    }

    /**
     * Four events of thirty sessions, each with one to three of three topics (so that a topic holds more sessions
     * than the candidates taken around a session), authors and inputs of fourteen people, and an input record of
     * its own for every seventh session.
     */
    private ContentFixture archive() {
        StringBuilder people = new StringBuilder("verein:\n  name: \"Verein e.V.\"\n  kind: organisation\n");
        for (int p = 1; p <= PEOPLE; p++) {
            people.append("p").append(p).append(":\n  name: \"Vorname Nachname").append(p)
                    .append("\"\n  kind: person\n").append(p % 3 == 0 ? "  organisation: verein\n" : "");
        }
        ContentFixture fixture = ContentFixture.minimal().without("2020-testtag/erster.md")
                .without("2020-testtag/zweiter.md").without("2020-testtag/eigener-input.md")
                .without("2020-testtag/event.md").with("people.yaml", people.toString());
        for (int e = 0; e < EVENTS; e++) {
            String folder = (2010 + e) + "-tag-" + e + "/";
            fixture.with(folder + "event.md", """
                    ---
                    title: "Tag %d"
                    date: %d-05-04
                    format: in-person
                    location: "Leipzig"
                    ---
                    Die Einleitung.
                    """.formatted(e, 2010 + e));
            for (int s = 1; s <= SESSIONS_PER_EVENT; s++) {
                fixture.with(folder + "s" + s + ".md", """
                        ---
                        title: "Beitrag %d am Tag %d"
                        kind: talk
                        authors: %s
                        order: %d
                        topics: %s
                        %s---
                        Text.
                        """.formatted(s, e, authors(), s, topics(), inputs()));
                if (s % 7 == 0) {
                    fixture.with(folder + "s" + s + "-input.md", """
                            ---
                            kind: input
                            session: s%d.md
                            title: "Ein eigener Input"
                            speakers: [p%d]
                            order: 2
                            ---
                            Der Input im Wortlaut.
                            """.formatted(s, 1 + random.nextInt(PEOPLE)));
                }
            }
        }
        return fixture;
    }

    private String topics() {
        List<String> topics = new ArrayList<>(TOPICS);
        java.util.Collections.shuffle(topics, random);
        return topics.subList(0, 1 + random.nextInt(TOPICS.size())).stream().map(t -> "\"" + t + "\"")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private String authors() {
        List<String> authors = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            authors.add("p" + (1 + random.nextInt(PEOPLE)));
        }
        if (random.nextInt(4) == 0) {
            authors.add("verein");
        }
        return authors.stream().distinct().collect(Collectors.joining(", ", "[", "]"));
    }

    private String inputs() {
        StringBuilder inputs = new StringBuilder("inputs:\n");
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            inputs.append("  - title: \"Input ").append(i + 1).append("\"\n    speakers: [p")
                    .append(1 + random.nextInt(PEOPLE)).append("]\n");
        }
        return count == 0 ? "inputs: []\n" : inputs.toString();
    }
}
