package de.tagungsband.record;

import de.tagungsband.i18n.Text;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.slug.Slugs;
import de.tagungsband.source.SourceFile;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a session record or, with {@code kind: input}, an input record. */
final class SessionReader {

    static final String INPUT_KIND = "input";
    private static final Set<String> SESSION_FIELDS = Set.of("title", "kind", "authors", "people", "time", "date", "slot", "order", "topics",
            "inputs", "documents", "draft");
    private static final Set<String> INPUT_FIELDS = Set.of("title", "kind", "session", "speakers", "order", "documents", "draft");
    private static final Set<String> INLINE_INPUT_FIELDS = Set.of("title", "speakers", "slides", "documents");

    private SessionReader() {
    }

    /** A {@link SessionRecord} or an {@link InputRecord}; empty when the front matter cannot be read at all. */
    static Optional<ContentRecord> read(SourceFile source, Diagnostics diagnostics) {
        Optional<FrontMatter.Parsed> parsed = FrontMatter.read(source, diagnostics);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFields yaml = parsed.get().fields();
        MarkdownBody body = parsed.get().body();
        String slug = Slugs.of(source.baseName());
        if (slug.isEmpty()) {
            diagnostics.error(source.path(), 0, Text.of("session.noSlug"), Text.of("session.noSlug.fix"));
        }
        if (INPUT_KIND.equals(yaml.string("kind").orElse(""))) {
            return Optional.of(readInput(source, slug, yaml, body));
        }
        return Optional.of(readSession(source, slug, yaml, body));
    }

    private static SessionRecord readSession(SourceFile source, String slug, YamlFields yaml, MarkdownBody body) {
        yaml.rejectUnknown(SESSION_FIELDS);
        String title = namesSomeone(yaml) ? yaml.string("title").orElse("")
                : yaml.requiredString("title", "\"Wo bleiben die geflüchteten Menschen\"");
        String written = yaml.requiredString("kind", "workshop (or talk, panel, keynote, or an id from session_kinds in site.yaml)");
        Located<SessionKind> kind = new Located<>(written.isEmpty() ? SessionKind.TALK : SessionKind.of(written),
                yaml.lineOf("kind"));
        List<InlineInput> inputs = new ArrayList<>();
        for (Node item : yaml.list("inputs")) {
            yaml.nested(item, Text.of("yaml.group.each", "inputs"), "- title: \"…\"  (darunter eingerückt)  speakers: [marianne-sand]")
                    .ifPresent(fields -> inputs.add(inlineInput(fields)));
        }
        return new SessionRecord(source, slug, title, kind, PersonRefs.read(yaml, "authors", false),
                PersonRefs.read(yaml, "people", true), Times.read(yaml, "time"),
                yaml.date("date").map(d -> new Located<>(d, yaml.lineOf("date"))), yaml.string("slot"),
                yaml.has("time") || yaml.has("slot") ? optionalOrder(yaml) : order(yaml),
                yaml.stringList("topics").stream().map(Located::value).distinct().toList(), List.copyOf(inputs),
                DocumentRef.read(yaml), yaml.bool("draft", false), body);
    }

    /** A session without title is named by its kind and people ("Grußwort von …"): it must name someone. */
    private static boolean namesSomeone(YamlFields yaml) {
        return yaml.has("authors") || yaml.has("people") || yaml.has("inputs");
    }

    private static InputRecord readInput(SourceFile source, String slug, YamlFields yaml, MarkdownBody body) {
        yaml.rejectUnknown(INPUT_FIELDS);
        String title = yaml.requiredString("title", "\"Der Kinder- und Familientreff Puzzle\"");
        String session = yaml.requiredString("session", "mein-arbeitstisch.md");
        if (!session.isEmpty() && !session.endsWith(".md")) {
            session = session + ".md";
        }
        return new InputRecord(source, slug, title, new Located<>(session, yaml.lineOf("session")),
                speakers(yaml), order(yaml), DocumentRef.read(yaml), yaml.bool("draft", false), body);
    }

    private static Located<Integer> order(YamlFields yaml) {
        if (!yaml.has("order")) {
            yaml.requiredString("order", "1");
        }
        return new Located<>(yaml.integer("order").orElse(Integer.MAX_VALUE), yaml.lineOf("order"));
    }

    /** A session with a time or slot needs no order: it only orders sessions of the same time. */
    private static Located<Integer> optionalOrder(YamlFields yaml) {
        return new Located<>(yaml.integer("order").orElse(Integer.MAX_VALUE), yaml.lineOf("order"));
    }

    private static InlineInput inlineInput(YamlFields fields) {
        fields.rejectUnknown(INLINE_INPUT_FIELDS);
        String title = fields.has("speakers") ? fields.string("title").orElse("")
                : fields.requiredString("title", "\"Input aus dem Forschungsprojekt\"");
        Optional<Located<String>> slides = fields.string("slides").map(s -> new Located<>(s, fields.lineOf("slides")));
        return new InlineInput(title, speakers(fields), slides, DocumentRef.read(fields), fields.mappingLine());
    }

    private static List<SpeakerRef> speakers(YamlFields fields) {
        if (fields.list("speakers").isEmpty()) {
            fields.requiredString("speakers", "[marianne-sand]");
            return List.of();
        }
        return PersonRefs.read(fields, "speakers", false);
    }
}
