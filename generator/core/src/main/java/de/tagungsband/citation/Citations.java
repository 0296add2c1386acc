package de.tagungsband.citation;

import de.tagungsband.model.Event;
import de.tagungsband.model.Input;
import de.tagungsband.model.Person;
import de.tagungsband.model.Session;
import de.tagungsband.model.Speaker;
import de.tagungsband.record.SiteConfig;

import java.util.List;
import java.util.Optional;

/**
 * Makes the {@link CitableWork} of a session, an input page and an event's volume. A session without authors is
 * cited by its speakers; a volume by its editors, else its organiser, else the archive's publisher.
 */
public final class Citations {

    private final SiteConfig site;

    public Citations(SiteConfig site) {
        this.site = site;
    }

    /**
     * @param pdfPath the site path of the event's proceedings PDF, when one is built
     */
    public CitableWork session(Session session, Event event, Optional<String> pdfPath) {
        List<Name> authors = names(session.authorPersons());
        if (authors.isEmpty()) {
            authors = speakers(session.inputs());
        }
        return article(session.pagePath(), session.title(), authors, event, pdfPath);
    }

    public CitableWork input(Input input, Session session, Event event, Optional<String> pdfPath) {
        List<Name> authors = speakers(List.of(input));
        if (authors.isEmpty()) {
            authors = names(session.authorPersons());
        }
        return article(input.pagePath().orElseThrow(), input.title(), authors, event, pdfPath);
    }

    public CitableWork volume(Event event, Optional<String> pdfPath) {
        return new CitableWork(CitableWork.Type.VOLUME, key(event.pagePath()), event.fullTitle(), List.of(),
                editors(event), event.fullTitle(), event.title(), event.record().start(), event.record().end(), event.record().published(),
                event.record().location(), site.publisher(), event.record().isbn(), site.baseUrl() + event.pagePath(),
                pdfPath.map(p -> site.baseUrl() + p), site.language());
    }

    private CitableWork article(String pagePath, String title, List<Name> authors, Event event, Optional<String> pdfPath) {
        return new CitableWork(CitableWork.Type.ARTICLE, key(pagePath), title, authors, editors(event),
                event.fullTitle(), event.title(), event.record().start(), event.record().end(), event.record().published(), event.record().location(), site.publisher(),
                event.record().isbn(), site.baseUrl() + pagePath, pdfPath.map(p -> site.baseUrl() + p), site.language());
    }

    private List<Name> editors(Event event) {
        if (!event.editors().isEmpty()) {
            return names(event.editors());
        }
        return event.organiser().map(o -> List.of(Name.of(o)))
                .orElseGet(() -> List.of(new Name(site.publisher(), Optional.empty())));
    }

    private static List<Name> speakers(List<Input> inputs) {
        return inputs.stream().flatMap(in -> in.speakers().stream()).map(Speaker::person).distinct()
                .map(Name::of).toList();
    }

    private static List<Name> names(List<Person> people) {
        return people.stream().map(Name::of).toList();
    }

    /** "2021/vom-ankommen-und-bleiben/wo-bleiben/" → "2021-vom-ankommen-und-bleiben-wo-bleiben". */
    private static String key(String pagePath) {
        return pagePath.replaceAll("/+$", "").replace('/', '-');
    }
}
