package de.tagungsband.pdf;

import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.model.Event;
import de.tagungsband.model.Input;
import de.tagungsband.model.Person;
import de.tagungsband.model.Session;
import de.tagungsband.pdf.VolumePlan.InputChapter;
import de.tagungsband.pdf.VolumePlan.SessionChapter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Orders one event's volume and prepares every text of it for print. */
final class VolumePlanner {

    private static final List<String> COVER_FILES = List.of("cover.jpg", "cover.jpeg", "cover.png");

    private final String baseUrl;
    private final Path contentRoot;
    private final Map<Path, RenderedMarkdown> bodies;
    private final Locale locale;

    VolumePlanner(String baseUrl, Path contentRoot, Map<Path, RenderedMarkdown> bodies, Locale locale) {
        this.baseUrl = baseUrl;
        this.contentRoot = contentRoot;
        this.bodies = bodies;
        this.locale = locale;
    }

    /** The file name names the event, so a downloaded copy can still be told apart: tagungsband-&lt;slug&gt;.pdf. */
    static String sitePath(Event event) {
        return event.pagePath() + "tagungsband-" + event.record().slug() + ".pdf";
    }

    VolumePlan plan(Event event, Optional<Hyphenation> hyphenation) {
        Map<String, PrintBody.Chapter> anchors = chapterAnchors(event);
        PrintBody print = new PrintBody(baseUrl, contentRoot, anchors, hyphenation, locale);
        String intro = print.print(body(event.record().source().path()), event.pagePath(), "e-", 0);
        List<SessionChapter> sessions = new ArrayList<>();
        for (Session session : event.sessions()) {
            String id = anchors.get(session.pagePath()).id();
            List<InputChapter> inputs = new ArrayList<>();
            for (Input input : session.inputs()) {
                if (input.pagePath().isPresent() && input.source().isPresent()) {
                    String inputId = anchors.get(input.pagePath().get()).id();
                    inputs.add(new InputChapter(inputId, input, baseUrl + input.pagePath().get(),
                            print.print(body(input.source().get().path()), input.pagePath().get(), inputId + "-", 1)));
                }
            }
            sessions.add(new SessionChapter(id, session, baseUrl + session.pagePath(),
                    print.print(body(session.record().source().path()), session.pagePath(), id + "-", 0),
                    List.copyOf(inputs)));
        }
        List<Person> contributors = contributors(event);
        Comparator<Person> byName = Comparator.comparing(Person::sortName, Collator.getInstance(locale));
        return new VolumePlan(event, sitePath(event), baseUrl + event.pagePath(), coverImage(event), intro,
                List.copyOf(sessions),
                contributors.stream().filter(p -> !p.isOrganisation()).sorted(byName).toList(),
                contributors.stream().filter(Person::isOrganisation).sorted(byName).toList(),
                event.sessions().stream().flatMap(s -> s.topics().stream()).map(t -> t.name()).distinct().toList());
    }

    /** Chapter ids: s1, s2, … for sessions in programme order, s1-e1, … for their inputs with a text of their own. */
    private static Map<String, PrintBody.Chapter> chapterAnchors(Event event) {
        Map<String, PrintBody.Chapter> anchors = new LinkedHashMap<>();
        int s = 0;
        for (Session session : event.sessions()) {
            String id = "s" + ++s;
            anchors.put(session.pagePath(), new PrintBody.Chapter(id, session.title()));
            int e = 0;
            for (Input input : session.inputs()) {
                if (input.pagePath().isPresent() && input.source().isPresent()) {
                    anchors.put(input.pagePath().get(), new PrintBody.Chapter(id + "-e" + ++e, input.title()));
                }
            }
        }
        return anchors;
    }

    /** Everyone the volume names: authors, speakers and the organisations they spoke for. */
    private static List<Person> contributors(Event event) {
        Set<Person> people = new LinkedHashSet<>();
        for (Session session : event.sessions()) {
            people.addAll(session.people());
        }
        return List.copyOf(people);
    }

    private Optional<String> coverImage(Event event) {
        Path folder = contentRoot.resolve(event.record().folder());
        return COVER_FILES.stream().map(folder::resolve).filter(Files::isRegularFile).findFirst()
                .map(p -> p.toAbsolutePath().normalize().toUri().toString());
    }

    private RenderedMarkdown body(Path source) {
        return bodies.getOrDefault(source, RenderedMarkdown.EMPTY);
    }
}
