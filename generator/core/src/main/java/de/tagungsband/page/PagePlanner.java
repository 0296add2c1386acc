package de.tagungsband.page;

import de.tagungsband.citation.Citations;
import de.tagungsband.i18n.Messages;
import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.model.Appearance;
import de.tagungsband.model.Event;
import de.tagungsband.model.EventHeading;
import de.tagungsband.model.Input;
import de.tagungsband.model.Person;
import de.tagungsband.model.Session;
import de.tagungsband.model.SessionType;
import de.tagungsband.model.Speaker;
import de.tagungsband.model.SiteModel;
import de.tagungsband.model.SitePaths;
import de.tagungsband.model.Topic;
import de.tagungsband.page.PageView.AppearanceGroup;
import de.tagungsband.page.PageView.Counted;
import de.tagungsband.page.PageView.EventGroup;
import de.tagungsband.page.PageView.YearGroup;
import de.tagungsband.pdf.Proceedings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Stage 5: every page of the archive, planned from the model in one pass. */
public final class PagePlanner {

    private final SiteModel model;
    private final Map<Path, RenderedMarkdown> bodies;
    private final Messages messages;
    private final Map<String, Proceedings> proceedingsByEvent;
    private final RelatedSessions related;
    private final Citations citations;
    private final PeopleByName peopleByName;

    /**
     * @param proceedingsByEvent each event's proceedings volume, by event page path (empty when none is built)
     */
    public PagePlanner(SiteModel model, Map<Path, RenderedMarkdown> bodies, Messages messages,
                       Map<String, Proceedings> proceedingsByEvent) {
        this.model = model;
        this.bodies = bodies;
        this.messages = messages;
        this.proceedingsByEvent = proceedingsByEvent;
        this.related = new RelatedSessions(model);
        this.citations = new Citations(model.site());
        this.peopleByName = new PeopleByName(model.people());
    }

    public List<Page> plan() {
        List<Page> pages = new ArrayList<>(sitePages());
        // the many pages of events, people and topics are planned in parallel (in order): related sessions take time
        pages.addAll(model.events().parallelStream().flatMap(event -> eventPages(event).stream()).toList());
        pages.addAll(List.copyOf(model.people().values()).parallelStream().map(this::person).toList());
        pages.addAll(model.topics().parallelStream().flatMap(topic -> topic(topic).stream()).toList());
        return List.copyOf(pages);
    }

    /** The pages of the archive as a whole: home, lists, people, topics, search, years, legal and print pages. */
    private List<Page> sitePages() {
        List<Page> pages = new ArrayList<>();
        pages.add(home());
        pages.addAll(articles());
        pages.add(peoplePage());
        pages.add(topicsPage());
        pages.add(new Page(SitePaths.NOT_FOUND, "404.ftlh", messages.get("notfound.title"), "", new PageView.NotFound()));
        pages.add(searchPage());
        List<Integer> years = model.years();
        for (int i = 0; i < years.size(); i++) {
            pages.add(year(years, i));
        }
        PageView.LegalPage legal = new PageView.LegalPage(model.site().legal());
        pages.add(new Page(SitePaths.IMPRINT, "imprint.ftlh", messages.get("legal.imprint.title"),
                messages.get("legal.imprint.description"), legal));
        pages.add(new Page(SitePaths.PRIVACY, "privacy.ftlh", messages.get("legal.privacy.title"),
                messages.get("legal.privacy.description"), legal));
        pages.add(new Page(SitePaths.ACCESSIBILITY, "accessibility.ftlh", messages.get("legal.accessibility.title"),
                messages.get("legal.accessibility.description"), legal));
        pages.add(new Page(SitePaths.PRINT, "print-requests.ftlh", messages.get("print.all.title"),
                messages.get("print.all.description"), printRequests()));
        return pages;
    }

    /** An event's page, its print-copy request when its volume is one tagungsband makes, and the pages of its sessions and their inputs. */
    private List<Page> eventPages(Event event) {
        List<Page> pages = new ArrayList<>();
        pages.add(event(event));
        if (event.heading().printable()) {
            pages.add(printRequest(event));
        }
        for (Session session : event.sessions()) {
            pages.add(session(session, event));
            session.inputs().stream().filter(in -> in.pagePath().isPresent())
                    .forEach(in -> pages.add(input(in, session, event)));
        }
        return pages;
    }

    /**
     * The page of a record with its body rendered anew: its text changed, nothing else (the preview after a save).
     * Only session, input and event pages show a body; any other page is returned as it is.
     */
    public static Page withBody(Page page, RenderedMarkdown body) {
        String description = describe(body, page.title());
        PageView view = page.view();
        if (view instanceof PageView.SessionPage s) {
            view = new PageView.SessionPage(s.session(), s.event(), body.html(), s.previous(), s.next(),
                    s.proceedings(), s.volumePage(), s.printContact(), s.related(), s.citation());
        } else if (view instanceof PageView.InputPage i) {
            view = new PageView.InputPage(i.input(), i.session(), i.event(), body.html(), i.proceedings(),
                    i.volumePage(), i.printContact(), i.citation());
        } else if (view instanceof PageView.EventPage e) {
            view = new PageView.EventPage(e.event(), body.html(), e.proceedings(), e.printContact(), e.citation(),
                    e.printPagePath());
        } else {
            return page;
        }
        return new Page(page.path(), page.template(), page.title(), description, view);
    }

    private Page home() {
        return new Page(SitePaths.HOME, "home.ftlh", model.site().title(),
                model.site().description().orElse(model.site().title()),
                new PageView.Home(yearGroups(), model.sessions().size(), model.people().size()));
    }

    private List<YearGroup> yearGroups() {
        Map<Integer, List<EventHeading>> byYear = model.events().stream().map(Event::heading)
                .collect(Collectors.groupingBy(EventHeading::year, LinkedHashMap::new, Collectors.toList()));
        return byYear.entrySet().stream().map(e -> new YearGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private Page year(List<Integer> years, int index) {
        int year = years.get(index);
        List<EventHeading> events = model.events().stream().filter(e -> e.year() == year).map(Event::heading).toList();
        Optional<Integer> newer = index > 0 ? Optional.of(years.get(index - 1)) : Optional.empty();
        Optional<Integer> older = index < years.size() - 1 ? Optional.of(years.get(index + 1)) : Optional.empty();
        return new Page(SitePaths.year(year), "year.ftlh", messages.get("year.title") + " " + year,
                messages.get("year.description") + " " + year, new PageView.Year(year, events, newer, older));
    }

    private Page event(Event event) {
        RenderedMarkdown intro = body(event.record().source().path());
        return new Page(event.pagePath(), "event.ftlh", event.fullTitle(), describe(intro, event.fullTitle()),
                new PageView.EventPage(event, intro.html(), proceedings(event), printContact(event),
                        citations.volume(event, pdfPath(event)), SitePaths.printRequest(event.pagePath())));
    }

    private Page printRequest(Event event) {
        return new Page(SitePaths.printRequest(event.pagePath()), "print-request.ftlh",
                messages.get("print.title") + ": " + event.title(), messages.get("print.description") + " " + event.fullTitle(),
                printView(event));
    }

    private PageView.PrintRequest printView(Event event) {
        return new PageView.PrintRequest(event.heading(), proceedings(event), printContact(event));
    }

    private PageView.PrintRequests printRequests() {
        return new PageView.PrintRequests(model.events().stream()
                .filter(e -> e.heading().printable()).map(this::printView).toList(), model.site().printContact());
    }

    private Page session(Session session, Event event) {
        RenderedMarkdown body = body(session.record().source().path());
        return new Page(session.pagePath(), "session.ftlh", session.title(), describe(body, session.title()),
                new PageView.SessionPage(session, event.heading(), body.html(), model.previous(session), model.next(session),
                        proceedings(event), proceedings(event).flatMap(p -> p.startOf(session.pagePath())),
                        printContact(event), related.of(session),
                        citations.session(session, event, pdfPath(event))));
    }

    private Page input(Input input, Session session, Event event) {
        RenderedMarkdown body = input.source().map(s -> body(s.path())).orElse(RenderedMarkdown.EMPTY);
        return new Page(input.pagePath().orElseThrow(), "input.ftlh", input.title(), describe(body, input.title()),
                new PageView.InputPage(input, session, event.heading(), body.html(), proceedings(event),
                        proceedings(event).flatMap(p -> p.startOf(input.pagePath().orElseThrow())), printContact(event),
                        citations.input(input, session, event, pdfPath(event))));
    }

    private Page person(Person person) {
        Map<String, List<Appearance>> byEvent = new LinkedHashMap<>();
        for (Appearance appearance : model.appearancesOf(person)) {
            byEvent.computeIfAbsent(appearance.session().eventPath(), k -> new ArrayList<>()).add(appearance);
        }
        List<AppearanceGroup> groups = byEvent.entrySet().stream()
                .map(e -> new AppearanceGroup(model.event(e.getKey()).heading(), List.copyOf(e.getValue()))).toList();
        Optional<Person> organisation = person.organisationId().map(id -> model.people().getOrDefault(id,
                Person.unregistered(id, de.tagungsband.record.PersonKind.ORGANISATION)));
        List<Person> members = person.isOrganisation()
                ? model.people().values().stream().filter(p -> p.organisationId().filter(person.id()::equals).isPresent()).toList()
                : List.of();
        String kind = messages.get(person.isOrganisation() ? "person.kind.organisation" : "person.kind.person");
        return new Page(person.pagePath(), "person.ftlh", person.name(), kind + ": " + person.name(),
                new PageView.PersonPage(person, organisation, groups, members,
                        sessionCount(model.appearancesOf(person)), eventRoles(person)));
    }

    /** The events {@code person} organised, partnered, funded or had a role at, newest first. */
    private List<PageView.EventRole> eventRoles(Person person) {
        List<PageView.EventRole> roles = new ArrayList<>();
        for (Event event : model.events()) {
            if (event.organisers().contains(person)) {
                roles.add(new PageView.EventRole(event.heading(), "person.event.organiser", false));
            }
            if (event.partners().contains(person)) {
                roles.add(new PageView.EventRole(event.heading(), "person.event.partner", false));
            }
            if (event.funders().contains(person)) {
                roles.add(new PageView.EventRole(event.heading(), "person.event.funder", false));
            }
            for (Speaker role : event.roles()) {
                if (role.person().equals(person) || role.organisation().filter(person::equals).isPresent()) {
                    roles.add(new PageView.EventRole(event.heading(), role.role().orElse(""), true));
                }
            }
        }
        return List.copyOf(roles);
    }

    private Page peoplePage() {
        return new Page(SitePaths.PEOPLE, "people.ftlh", messages.get("people.title"),
                messages.get("people.description"), people());
    }

    private Page topicsPage() {
        return new Page(SitePaths.TOPICS, "topics.ftlh", messages.get("topics.title"),
                messages.get("topics.description"), topics());
    }

    private Page searchPage() {
        return new Page(SitePaths.SEARCH, "search.ftlh", messages.get("search.title"),
                messages.get("search.description"), search());
    }

    private PageView.People people() {
        List<Counted<Person>> all = peopleByName.in(Locale.GERMAN).stream()
                .map(p -> new Counted<>(p, sessionCount(model.appearancesOf(p)))).toList();
        return new PageView.People(all.stream().filter(c -> !c.item().isOrganisation()).toList(),
                all.stream().filter(c -> c.item().isOrganisation()).toList());
    }

    private List<Page> articles() {
        List<EventGroup> events = model.events().stream().map(e -> new EventGroup(e.heading(), e.sessions())).toList();
        return ListPages.of(SitePaths.ARTICLES, "articles.ftlh", messages.get("articles.title"),
                messages.get("articles.description"), events, model.site().splitListsAbove(), this::yearTitle,
                PageView.Articles::new);
    }

    private String yearTitle(String title, int year) {
        return messages.get("list.year.title").replace("{0}", title).replace("{1}", Integer.toString(year));
    }

    private PageView.Topics topics() {
        return new PageView.Topics(model.topics().stream()
                .map(t -> new Counted<>(t, model.sessionsByTopic().getOrDefault(t.slug(), List.of()).size())).toList());
    }

    private List<Page> topic(Topic topic) {
        Map<String, List<Session>> byEvent = new LinkedHashMap<>();
        List<Session> sessions = model.sessionsByTopic().getOrDefault(topic.slug(), List.of());
        for (Session session : sessions) {
            byEvent.computeIfAbsent(session.eventPath(), k -> new ArrayList<>()).add(session);
        }
        List<EventGroup> groups = byEvent.entrySet().stream()
                .map(e -> new EventGroup(model.event(e.getKey()).heading(), List.copyOf(e.getValue()))).toList();
        return ListPages.of(topic.pagePath(), "topic.ftlh", messages.get("topic.title") + ": " + topic.name(),
                messages.get("topic.description") + " " + topic.name(), groups, model.site().splitListsAbove(),
                this::yearTitle, (years, listed, year) -> new PageView.TopicPage(topic, listed, sessions.size(), years, year));
    }

    private PageView.Search search() {
        List<SessionType> kinds = new ArrayList<>(model.sessionTypes());
        for (String other : List.of("input", "event")) {
            kinds.add(new SessionType(other, messages.get("kind." + other), messages.get("kind." + other + ".plural"),
                    Optional.empty()));
        }
        List<Person> people = peopleByName.in(messages.locale()).stream()
                .filter(p -> !model.appearancesOf(p).isEmpty()).toList();
        return new PageView.Search(model.years(), model.events().stream().map(Event::heading).toList(), model.topics(),
                List.copyOf(kinds), people);
    }

    private RenderedMarkdown body(Path source) {
        return bodies.getOrDefault(source, RenderedMarkdown.EMPTY);
    }

    private Optional<Proceedings> proceedings(Event event) {
        return Optional.ofNullable(proceedingsByEvent.get(event.pagePath()));
    }

    private Optional<String> pdfPath(Event event) {
        return proceedings(event).map(Proceedings::sitePath);
    }

    private Optional<String> printContact(Event event) {
        return event.record().printContact().or(() -> model.site().printContact());
    }

    /**
     * How many sessions a person's appearances are in. A session's appearances stand together in the list (it is in
     * archive order, each session's appearances one after the other), so counting where the session changes is
     * enough: no set of 90,000 sessions for the list of all people.
     */
    private static int sessionCount(List<Appearance> appearances) {
        int count = 0;
        for (int i = 0; i < appearances.size(); i++) {
            if (i == 0 || !appearances.get(i).session().equals(appearances.get(i - 1).session())) {
                count++;
            }
        }
        return count;
    }

    private static String describe(RenderedMarkdown body, String fallback) {
        return body.summary().isBlank() ? fallback : body.summary();
    }
}
