package de.tagungsband.html;

import de.tagungsband.i18n.Text;
import de.tagungsband.record.WebAddresses;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What in an SVG file would run script or load from another host when a reader opens the file itself (a browser
 * runs an SVG's scripts then, with the archive's origin): {@code <script>}, event handler attributes
 * ({@code onload}), {@code <foreignObject>} and HTML inside the SVG, {@code javascript:} addresses (also set by
 * {@code <set>} or {@code <animate>}), {@code <?xml-stylesheet?>} with XSLT or from elsewhere, and anything
 * loaded from another host ({@code <image href>}, {@code <use href>}, CSS {@code url()} and {@code @import}).
 * The file is read as a browser's XML parser reads it: entities declared in the file are expanded, nothing
 * outside it is read. A file that is no well-formed XML is a finding too, at the line the parser stopped.
 */
public final class SvgContent {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatemotion", "animatetransform",
            "animatecolor");
    private static final List<String> ANIMATED_VALUES = List.of("to", "from", "values", "by");

    private SvgContent() {
    }

    /** One thing found, at its line of the file. */
    public record Finding(int line, Text message) {
    }

    /** Everything active in the file, in the order of its lines; empty for a static image. */
    public static List<Finding> findings(byte[] svg) {
        List<Finding> found = new ArrayList<>();
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new ByteArrayInputStream(svg));
            while (reader.hasNext()) {
                int event = reader.next();
                int line = reader.getLocation().getLineNumber();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    element(reader, line, found);
                } else if (event == XMLStreamConstants.PROCESSING_INSTRUCTION
                        && "xml-stylesheet".equalsIgnoreCase(reader.getPITarget())) {
                    stylesheet(reader.getPIData(), line, found);
                }
            }
        } catch (XMLStreamException e) {
            broken(e.getLocation(), e.getMessage(), found);
        } catch (RuntimeException e) { // the JDK's parser throws some of its complaints unchecked
            broken(reader == null ? null : reader.getLocation(), e.getMessage(), found);
        } finally {
            close(reader);
        }
        return found;
    }

    /** Where and why the parser stopped (fail closed: what cannot be read is not published). */
    private static void broken(Location at, String message, List<Finding> found) {
        String reason = message == null ? "" : message.replaceFirst("(?s)^ParseError at .*?Message:\\s*", "");
        found.add(new Finding(at == null ? 1 : Math.max(1, at.getLineNumber()), Text.of("svg.broken", reason.strip())));
    }

    private static void element(XMLStreamReader reader, int line, List<Finding> found) throws XMLStreamException {
        String name = reader.getLocalName();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("script")) {
            found.add(new Finding(line, Text.of("svg.script")));
        } else if (lower.equals("foreignobject") || XHTML.equals(reader.getNamespaceURI())) {
            found.add(new Finding(line, Text.of("svg.html", "<" + name + ">")));
        } else if (lower.equals("style")) {
            String css = reader.getElementText();
            ExternalResources.inCss(css).forEach(load -> found.add(new Finding(line, Text.of("svg.external", load.url()))));
            return; // getElementText has read up to the end tag
        }
        boolean animation = ANIMATIONS.contains(lower);
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String attribute = reader.getAttributeLocalName(i);
            String value = reader.getAttributeValue(i);
            String key = attribute.toLowerCase(Locale.ROOT);
            if (key.startsWith("on")) {
                found.add(new Finding(line, Text.of("svg.handler", attribute)));
            } else if (key.equals("href") || key.equals("src") || animation && ANIMATED_VALUES.contains(key)) {
                address(lower, value, line, found);
            } else if (animation && key.equals("attributename")
                    && value.strip().toLowerCase(Locale.ROOT).matches("(.*:)?on.*")) {
                found.add(new Finding(line, Text.of("svg.animation", value.strip())));
            }
            if (key.equals("style") || value.toLowerCase(Locale.ROOT).contains("url(")) {
                String declaration = key.equals("style") ? value : "x: " + value;
                ExternalResources.urlsInDeclaration(declaration)
                        .forEach(url -> found.add(new Finding(line, Text.of("svg.external", url))));
            }
        }
    }

    /** A link ({@code <a href>}) may go to another site, as on a page; any other address loads what it names. */
    private static void address(String element, String value, int line, List<Finding> found) {
        for (String address : value.split(";")) { // animate values="a;b"
            if (WebAddresses.runsScript(address)) {
                found.add(new Finding(line, Text.of("svg.script.address", shortened(address))));
            } else if (!element.equals("a") && ExternalResources.isOtherHost(address)) {
                found.add(new Finding(line, Text.of("svg.external", shortened(address))));
            }
        }
    }

    private static void stylesheet(String data, int line, List<Finding> found) {
        String lower = data == null ? "" : data.toLowerCase(Locale.ROOT);
        java.util.regex.Matcher href = java.util.regex.Pattern.compile("href\\s*=\\s*[\"']([^\"']*)[\"']").matcher(data);
        if (lower.contains("xsl") || href.find() && ExternalResources.isOtherHost(href.group(1))) {
            found.add(new Finding(line, Text.of("svg.stylesheet")));
        }
    }

    private static String shortened(String address) {
        String shown = WebAddresses.cleaned(address);
        return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // entities declared in the file are expanded (browsers do), nothing else is read: no DTD, no external entity
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> new ByteArrayInputStream(new byte[0]));
        return factory;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was written; the findings are complete
            }
        }
    }
}
