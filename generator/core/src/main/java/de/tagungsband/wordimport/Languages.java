package de.tagungsband.wordimport;

import de.tagungsband.wordimport.Block.Heading;
import de.tagungsband.wordimport.Block.ListItem;
import de.tagungsband.wordimport.Block.Note;
import de.tagungsband.wordimport.Block.Paragraph;
import de.tagungsband.wordimport.Block.Quote;
import de.tagungsband.wordimport.Block.Table;
import de.tagungsband.wordimport.Inline.Link;
import de.tagungsband.wordimport.Inline.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Which passages are in another language. Word marks the language of every run, often only because of the
 * writer's settings; so the language most of the text is marked with counts as the text's own, and only runs in
 * another language are marked ({@code {lang=en}}).
 */
final class Languages {

    private Languages() {
    }

    /** The body with {@link Text#language()} null for text in the main language, the code of the other language otherwise. */
    static BodyReader.Body mark(BodyReader.Body body, String defaultLanguage, ImportReport report) {
        Map<String, Integer> characters = new TreeMap<>();
        UnaryOperator<Text> count = t -> {
            characters.merge(Objects.requireNonNullElse(t.language() == null ? defaultLanguage : t.language(), ""),
                    t.text().strip().length(), Integer::sum);
            return t;
        };
        apply(body, count);
        String main = characters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        Map<String, Integer> foreign = new TreeMap<>();
        BodyReader.Body marked = apply(body, t -> {
            String language = t.language() == null ? defaultLanguage : t.language();
            if (language == null || language.equals(main) || t.text().isBlank()) {
                return new Text(t.text(), t.bold(), t.italic(), null);
            }
            foreign.merge(language, 1, Integer::sum);
            return t;
        });
        if (!foreign.isEmpty()) {
            report.info("Dokument", "Passagen in anderer Sprache markiert ({lang=…}): " + foreign.keySet()
                    + "; prüfen Sie, ob Word die Sprache richtig gesetzt hatte");
        }
        return marked;
    }

    private static BodyReader.Body apply(BodyReader.Body body, UnaryOperator<Text> change) {
        List<Block> blocks = body.blocks().stream().map(b -> block(b, change)).toList();
        List<Note> notes = body.notes().stream()
                .map(n -> new Note(n.number(), n.paragraphs().stream().map(p -> inlines(p, change)).toList())).toList();
        return new BodyReader.Body(inlines(body.title(), change), inlines(body.subtitle(), change), blocks, notes);
    }

    private static Block block(Block block, UnaryOperator<Text> change) {
        if (block instanceof Heading h) {
            return new Heading(h.level(), inlines(h.content(), change));
        } else if (block instanceof Paragraph p) {
            return new Paragraph(inlines(p.content(), change));
        } else if (block instanceof Quote q) {
            return new Quote(inlines(q.content(), change));
        } else if (block instanceof ListItem i) {
            return new ListItem(i.depth(), i.ordered(), inlines(i.content(), change));
        }
        Table t = (Table) block;
        return new Table(t.rows().stream().map(row -> row.stream().map(cell -> inlines(cell, change)).toList()).toList());
    }

    private static List<Inline> inlines(List<Inline> content, UnaryOperator<Text> change) {
        List<Inline> changed = new ArrayList<>(content.size());
        for (Inline inline : content) {
            if (inline instanceof Text t) {
                changed.add(change.apply(t));
            } else if (inline instanceof Link l) {
                changed.add(new Link(l.url(), inlines(l.content(), change)));
            } else {
                changed.add(inline);
            }
        }
        return changed;
    }
}
