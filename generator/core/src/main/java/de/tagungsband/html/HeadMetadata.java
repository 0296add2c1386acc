package de.tagungsband.html;

import com.google.gson.Gson;
import de.tagungsband.citation.CitableWork;
import de.tagungsband.citation.Name;
import de.tagungsband.model.Attachment;
import de.tagungsband.model.Event;
import de.tagungsband.model.EventHeading;
import de.tagungsband.model.RelativeUrls;
import de.tagungsband.model.Person;
import de.tagungsband.record.FormerName;
import de.tagungsband.model.Speaker;
import de.tagungsband.model.Topic;
import de.tagungsband.page.Page;
import de.tagungsband.page.PageView;
import de.tagungsband.record.EventFormat;
import de.tagungsband.record.SiteConfig;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a page tells search engines and other programs in its head: Open Graph, schema.org JSON-LD (Event for
 * events; Article with author and isPartOf for sessions and inputs) and Google Scholar's citation tags.
 *
 * @param openGraph property → content, in order
 * @param jsonLd the JSON-LD object, already safe inside {@code <script>}: Gson writes {@code <}, {@code >} and
 *               {@code &} as \\u escapes, so a title containing {@code </script>} cannot end the element
 * @param scholar Google Scholar tags (name, content), a name may repeat (one citation_author per author)
 */
public record HeadMetadata(List<Tag> openGraph, String jsonLd, List<Tag> scholar) {

    public record Tag(String name, String content) {
    }

    /** Gson is immutable and safe to share between the threads that render pages. */
    private static final Gson GSON = new Gson();
    private static final DateTimeFormatter SCHOLAR_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    static HeadMetadata of(Page page, SiteConfig site, String canonical) {
        Optional<CitableWork> work = page.view().citable();
        boolean article = work.map(CitableWork::isArticle).orElse(false);
        List<Tag> og = new ArrayList<>();
        og.add(new Tag("og:type", article ? "article" : "website"));
        og.add(new Tag("og:title", page.title()));
        if (!page.description().isBlank()) {
            og.add(new Tag("og:description", page.description()));
        }
        og.add(new Tag("og:url", canonical));
        og.add(new Tag("og:site_name", site.title()));
        og.add(new Tag("og:locale", "de".equals(site.language()) ? "de_DE" : "en_GB"));
        if (article) {
            og.add(new Tag("article:published_time", work.get().issued().toString()));
        }
        return new HeadMetadata(List.copyOf(og), GSON.toJson(jsonLd(page, site, canonical)),
                work.map(HeadMetadata::scholar).orElse(List.of()));
    }

    private static List<Tag> scholar(CitableWork work) {
        List<Tag> tags = new ArrayList<>();
        tags.add(new Tag("citation_title", work.isArticle() ? work.title() : work.volumeTitle()));
        (work.isArticle() ? work.authors() : work.editors())
                .forEach(a -> tags.add(new Tag("citation_author", a.inverted())));
        tags.add(new Tag("citation_publication_date", SCHOLAR_DATE.format(work.issued())));
        tags.add(new Tag("citation_conference_title", work.volumeTitle()));
        tags.add(new Tag("citation_publisher", work.publisher()));
        work.isbn().ifPresent(i -> tags.add(new Tag("citation_isbn", i)));
        tags.add(new Tag("citation_language", work.language()));
        tags.add(new Tag("citation_abstract_html_url", work.url()));
        work.pdfUrl().ifPresent(p -> tags.add(new Tag("citation_pdf_url", p)));
        return List.copyOf(tags);
    }

    private static Map<String, Object> jsonLd(Page page, SiteConfig site, String canonical) {
        String base = site.baseUrl();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        PageView view = page.view();
        if (view instanceof PageView.EventPage e) {
            event(ld, e.event().heading(), base);
            Event event = e.event();
            if (event.organisers().size() > 1) {
                ld.put("organizer", event.organisers().stream().map(o -> agent(o, base)).toList());
            }
            if (!event.funders().isEmpty()) {
                ld.put("funder", event.funders().stream().map(f -> agent(f, base)).toList());
            }
            contributors(ld, event.roles(), base);
            ld.put("description", page.description());
            media(ld, e.event().documents(), base);
        } else if (view instanceof PageView.SessionPage s) {
            article(ld, s.citation(), s.event(), base, s.session().topics(), affiliations(s.session().authors(),
                    s.session().inputs().stream().flatMap(in -> in.speakers().stream()).toList()));
            contributors(ld, s.session().roles(), base);
            media(ld, java.util.stream.Stream.concat(s.session().documents().stream(),
                    s.session().inputs().stream().flatMap(in -> in.documents().stream())).toList(), base);
        } else if (view instanceof PageView.InputPage i) {
            article(ld, i.citation(), i.event(), base, i.session().topics(),
                    affiliations(i.input().speakers(), i.session().authors()));
            media(ld, i.input().documents(), base);
        } else if (view instanceof PageView.PersonPage p) {
            ld.putAll(agent(p.person(), base));
            if (!p.person().formerNames().isEmpty()) {
                ld.put("alternateName", p.person().formerNames().stream().map(FormerName::name).toList());
            }
        } else if (view instanceof PageView.Home) {
            ld.put("@type", "WebSite");
            ld.put("name", site.title());
            ld.put("url", base);
            ld.put("publisher", object("@type", "Organization", "name", site.publisher()));
            ld.put("potentialAction", object("@type", "SearchAction",
                    "target", base + "suche/index.html?q={suchbegriff}", "query-input", "required name=suchbegriff"));
        } else {
            ld.put("@type", view instanceof PageView.Search ? "SearchResultsPage" : "WebPage");
            ld.put("name", page.title());
            ld.put("url", canonical);
            ld.put("isPartOf", object("@type", "WebSite", "name", site.title(), "url", base));
        }
        ld.put("inLanguage", site.language());
        return ld;
    }

    /** Further roles ({@code people:}, Moderation …) as schema.org Roles: the function, who, for which organisation. */
    private static void contributors(Map<String, Object> ld, List<Speaker> roles, String base) {
        if (roles.isEmpty()) {
            return;
        }
        ld.put("contributor", roles.stream().map(r -> {
            Map<String, Object> who = agent(r.person(), base);
            r.organisation().ifPresent(o -> who.put("affiliation", agent(o, base)));
            Map<String, Object> role = new LinkedHashMap<>();
            role.put("@type", "Role");
            r.role().ifPresent(name -> role.put("roleName", name));
            role.put("contributor", who);
            return role;
        }).toList());
    }

    /** Attached documents as schema.org MediaObjects: name, address, format, size in bytes, pages of a PDF. */
    private static void media(Map<String, Object> ld, List<Attachment> documents, String base) {
        if (documents.isEmpty()) {
            return;
        }
        ld.put("associatedMedia", documents.stream().map(d -> {
            Map<String, Object> media = new LinkedHashMap<>();
            media.put("@type", "MediaObject");
            media.put("name", d.title());
            media.put("contentUrl", base + RelativeUrls.encodedPath(d.sitePath()));
            media.put("encodingFormat", d.mediaType());
            media.put("contentSize", d.byteSize() + " B");
            d.pages().ifPresent(n -> media.put("numberOfPages", n));
            return media;
        }).toList());
    }

    /** The organisation each cited person spoke or wrote for, by the name citations give them; first list first. */
    private static Map<Name, Person> affiliations(List<Speaker> first, List<Speaker> then) {
        Map<Name, Person> affiliations = new java.util.HashMap<>();
        for (List<Speaker> list : List.of(first, then)) {
            list.forEach(s -> s.organisation().ifPresent(org -> affiliations.putIfAbsent(Name.of(s.person()), org)));
        }
        return affiliations;
    }

    private static void article(Map<String, Object> ld, CitableWork work, EventHeading event, String base,
                                List<Topic> topics, Map<Name, Person> affiliations) {
        ld.put("@type", "Article");
        ld.put("headline", work.title());
        ld.put("url", work.url());
        ld.put("author", work.authors().stream().map(n -> {
            Map<String, Object> author = name(n);
            Person org = affiliations.get(n);
            if (org != null && !n.isOrganisation()) {
                author.put("affiliation", agent(org, base));
            }
            return author;
        }).toList());
        ld.put("datePublished", work.issued().toString());
        ld.put("publisher", object("@type", "Organization", "name", work.publisher()));
        Map<String, Object> volume = new LinkedHashMap<>();
        volume.put("@type", "PublicationVolume");
        volume.put("name", work.volumeTitle());
        volume.put("url", base + event.pagePath());
        work.isbn().ifPresent(i -> volume.put("isbn", i));
        ld.put("isPartOf", volume);
        Map<String, Object> about = new LinkedHashMap<>();
        event(about, event, base);
        ld.put("recordedAt", about);
        if (!topics.isEmpty()) {
            ld.put("keywords", topics.stream().map(Topic::name).toList());
        }
    }

    private static void event(Map<String, Object> ld, EventHeading event, String base) {
        ld.put("@type", "Event");
        ld.put("name", event.fullTitle());
        ld.put("startDate", event.record().start().toString());
        ld.put("endDate", event.record().end().toString());
        ld.put("url", base + event.pagePath());
        ld.put("eventAttendanceMode", "https://schema.org/" + attendance(event.record().format()));
        ld.put("eventStatus", "https://schema.org/EventScheduled");
        String where = event.record().location().orElse(event.fullTitle());
        ld.put("location", event.record().format() == EventFormat.ONLINE
                ? object("@type", "VirtualLocation", "name", where, "url", base + event.pagePath())
                : object("@type", "Place", "name", where, "address", where));
        event.organiser().ifPresent(o -> ld.put("organizer", agent(o, base)));
    }

    private static String attendance(EventFormat format) {
        return switch (format) {
            case ONLINE -> "OnlineEventAttendanceMode";
            case IN_PERSON -> "OfflineEventAttendanceMode";
            case HYBRID -> "MixedEventAttendanceMode";
        };
    }

    private static Map<String, Object> agent(Person person, String base) {
        Map<String, Object> agent = new LinkedHashMap<>();
        agent.put("@type", person.isOrganisation() ? "Organization" : "Person");
        agent.put("name", person.name());
        if (person.hasPage()) {
            agent.put("url", base + person.pagePath());
        }
        person.url().ifPresent(u -> agent.put("sameAs", u));
        return agent;
    }

    /**
     * A JSON object with its keys in the order given; Map.of would order them differently in every JVM, and the
     * page's bytes would change from build to build.
     */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    private static Map<String, Object> name(Name name) {
        Map<String, Object> agent = new LinkedHashMap<>();
        agent.put("@type", name.isOrganisation() ? "Organization" : "Person");
        agent.put("name", name.given().map(g -> g + " " + name.family()).orElse(name.family()));
        name.given().ifPresent(g -> {
            agent.put("givenName", g);
            agent.put("familyName", name.family());
        });
        return agent;
    }
}
