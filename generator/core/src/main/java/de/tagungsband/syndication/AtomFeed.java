package de.tagungsband.syndication;

import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.model.Event;
import de.tagungsband.model.Person;
import de.tagungsband.model.Session;
import de.tagungsband.model.SiteModel;
import de.tagungsband.model.SitePaths;
import de.tagungsband.model.Topic;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;

/**
 * The Atom feed (RFC 4287) of the newest sessions, newest event first, each entry with authors, topics and summary.
 * Feed readers fetch it again and again, so it holds the {@value #ENTRIES} newest sessions, not the whole archive
 * (at 10,000 sessions that would be 9.5 MB).
 */
public final class AtomFeed {

    static final int ENTRIES = 50;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    public static byte[] write(SiteModel model, Map<Path, RenderedMarkdown> bodies) {
        String base = model.site().baseUrl();
        return Xml.document(xml -> {
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", model.site().language());
            text(xml, "title", model.site().title());
            if (model.site().description().isPresent()) {
                text(xml, "subtitle", model.site().description().get());
            }
            link(xml, "self", "application/atom+xml", base + SitePaths.FEED);
            link(xml, "alternate", "text/html", base);
            text(xml, "id", base);
            text(xml, "updated", timestamp(model.events().stream().map(e -> e.record().end())
                    .max(Comparator.naturalOrder()).orElse(LocalDate.of(2000, 1, 1))));
            xml.writeStartElement("author");
            text(xml, "name", model.site().publisher());
            xml.writeEndElement();
            int written = 0;
            events:
            for (Event event : model.events()) {
                for (Session session : event.sessions()) {
                    if (written++ == ENTRIES) {
                        break events;
                    }
                    entry(xml, session, event, base, bodies);
                }
            }
            xml.writeEndElement();
        });
    }

    private static void entry(XMLStreamWriter xml, Session session, Event event, String base,
                              Map<Path, RenderedMarkdown> bodies) throws XMLStreamException {
        xml.writeStartElement("entry");
        text(xml, "title", session.title());
        link(xml, "alternate", "text/html", base + session.pagePath());
        text(xml, "id", base + session.pagePath());
        text(xml, "published", timestamp(event.record().start()));
        text(xml, "updated", timestamp(event.record().end()));
        for (Person author : session.authorPersons()) {
            xml.writeStartElement("author");
            text(xml, "name", author.name());
            text(xml, "uri", base + author.pagePath());
            xml.writeEndElement();
        }
        for (Topic topic : session.topics()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", topic.slug());
            xml.writeAttribute("label", topic.name());
        }
        RenderedMarkdown body = bodies.getOrDefault(session.record().source().path(), RenderedMarkdown.EMPTY);
        text(xml, "summary", body.summary().isBlank() ? event.fullTitle() : body.summary());
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(Xml.clean(text));
        xml.writeEndElement();
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }
}
