package de.tagungsband.epub;

import de.tagungsband.i18n.Messages;
import de.tagungsband.model.Event;
import de.tagungsband.model.Person;
import de.tagungsband.pdf.VolumePlan;
import de.tagungsband.record.SiteConfig;
import org.apache.commons.text.StringEscapeUtils;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The package document ({@code package.opf}): Dublin Core metadata, the accessibility metadata of EPUB Accessibility
 * 1.1 (schema.org access modes, features, hazards and summary, the {@code dcterms:conformsTo} claim), the manifest
 * and the spine.
 */
final class PackageDocument {

    /** A file of the package: its path below {@code EPUB/}, media type, properties (may be empty), id. */
    record Item(String id, String href, String mediaType, String properties) {
    }

    static final String CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

    private PackageDocument() {
    }

    /**
     * @param spine the ids of the items read in order
     * @param pictures whether the volume shows images (each with its text alternative)
     * @param modified the date the metadata gives as the last modification, as {@code 2021-11-18T00:00:00Z}
     */
    static byte[] write(VolumePlan plan, SiteConfig site, Messages msg, List<Item> items, List<String> spine,
                        boolean pictures, String pdfUrl, String modified) {
        Event event = plan.event();
        List<String> lines = new ArrayList<>();
        lines.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        lines.add("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"pub-id\" xml:lang=\""
                + x(site.language()) + "\">");
        lines.add("<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">");
        lines.add(dc("identifier id=\"pub-id\"", "urn:uuid:"
                + UUID.nameUUIDFromBytes(plan.eventUrl().getBytes(StandardCharsets.UTF_8)), "identifier"));
        lines.add(dc("title", event.fullTitle(), "title"));
        lines.add(dc("language", site.language(), "language"));
        List<Person> editors = event.editors().isEmpty() ? event.organiser().stream().toList() : event.editors();
        for (Person editor : editors) {
            lines.add(dc("creator", editor.name(), "creator"));
        }
        lines.add(dc("publisher", site.publisher(), "publisher"));
        lines.add(dc("date", event.record().end().toString(), "date"));
        site.licence().ifPresent(licence -> lines.add(dc("rights", licence, "rights")));
        plan.keywords().forEach(k -> lines.add(dc("subject", k, "subject")));
        // where the page numbers come from: the printed volume (its ISBN when it has one)
        lines.add(dc("source", event.record().isbn().map(i -> "urn:isbn:" + i.replace("-", "").replace(" ", ""))
                .orElse(pdfUrl), "source"));
        lines.add(meta("dcterms:modified", modified));
        lines.add(meta("schema:accessMode", "textual"));
        if (pictures) {
            lines.add(meta("schema:accessMode", "visual"));
        }
        lines.add(meta("schema:accessModeSufficient", "textual"));
        for (String feature : List.of("structuralNavigation", "tableOfContents", "readingOrder", "pageBreakMarkers",
                "pageNavigation", "displayTransformability")) {
            lines.add(meta("schema:accessibilityFeature", feature));
        }
        if (pictures) {
            lines.add(meta("schema:accessibilityFeature", "alternativeText"));
        }
        lines.add(meta("schema:accessibilityHazard", "none"));
        lines.add(meta("schema:accessibilitySummary", msg.get(pictures ? "epub.summaryPictures" : "epub.summary")));
        lines.add(meta("dcterms:conformsTo", CONFORMS_TO));
        lines.add(meta("a11y:certifiedBy", site.publisher()));
        lines.add("</metadata>");
        lines.add("<manifest>");
        for (Item item : items) {
            lines.add("<item id=\"" + x(item.id()) + "\" href=\"" + x(item.href()) + "\" media-type=\""
                    + item.mediaType() + "\"" + (item.properties().isEmpty() ? "" : " properties=\""
                    + item.properties() + "\"") + "/>");
        }
        lines.add("</manifest>");
        lines.add("<spine>");
        spine.forEach(id -> lines.add("<itemref idref=\"" + x(id) + "\"/>"));
        lines.add("</spine>");
        lines.add("</package>");
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String dc(String element, String value, String name) {
        return "<dc:" + element + ">" + x(value) + "</dc:" + name + ">";
    }

    private static String meta(String property, String value) {
        return "<meta property=\"" + property + "\">" + x(value) + "</meta>";
    }

    private static String x(String text) {
        return StringEscapeUtils.escapeXml10(text);
    }
}
