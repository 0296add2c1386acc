package de.tagungsband.wordimport;

import de.tagungsband.i18n.Text;
import de.tagungsband.wordimport.Block.Heading;
import de.tagungsband.wordimport.Block.ListItem;
import de.tagungsband.wordimport.Block.Note;
import de.tagungsband.wordimport.Block.Paragraph;
import de.tagungsband.wordimport.Block.Quote;
import de.tagungsband.wordimport.Block.Table;
import de.tagungsband.wordimport.Inline.Link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import static de.tagungsband.wordimport.ImportReport.languageName;

/**
 * Which passages are in another language. Word marks the language of every run, often only because of the
 * writer's settings; so the language most of the text is marked with counts as the text's own, and only runs in
 * another language are marked ({@code {lang=en}}). When that language is not the archive's, the words decide
 * (see {@link LanguageGuess}): a contribution really written in English is marked English paragraph by paragraph;
 * one that only Word took for English is the archive's language, and the report says why. The report names every
 * paragraph with a passage in another language, and every paragraph that reads like another language although Word
 * did not mark it (for the editor to mark by hand; the import never marks on a guess alone).
 */
final class Languages {

    private Languages() {
    }

    /**
     * The body with {@link Inline.Text#language()} null for text in the text's own language, the code of the other
     * language otherwise.
     *
     * @param defaultLanguage the document's default language (of text Word did not mark), or null
     * @param siteLanguage the archive's language (site.yaml), the language of the pages
     */
    static BodyReader.Body mark(BodyReader.Body body, String defaultLanguage, String siteLanguage, ImportReport report) {
        Map<String, Integer> characters = new TreeMap<>();
        apply(body, t -> {
            characters.merge(Objects.requireNonNullElse(language(t, defaultLanguage), ""), t.text().strip().length(),
                    Integer::sum);
            return t;
        });
        String marked = characters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        String own = ownLanguage(body, marked, siteLanguage, report);
        BodyReader.Body result = apply(body, t -> {
            String language = language(t, defaultLanguage);
            boolean foreign = language != null && !language.equals(own) && !t.text().isBlank();
            return new Inline.Text(t.text(), t.bold(), t.italic(), foreign ? language : null);
        });
        for (int i = 0; i < result.blocks().size(); i++) {
            Block block = result.blocks().get(i);
            reportPassages(result.places().get(i), inlines(block), !(block instanceof Table), own, report);
        }
        for (Note note : result.notes()) {
            List<Inline> all = new ArrayList<>();
            note.paragraphs().forEach(all::addAll);
            reportPassages(Text.of("import.place.footnote", note.number()), all, false, own, report);
        }
        return result;
    }

    private static String language(Inline.Text text, String defaultLanguage) {
        return text.language() == null ? defaultLanguage : text.language();
    }

    /** The text's own language: what most of it is marked with, unless its words say it is the archive's. */
    private static String ownLanguage(BodyReader.Body body, String marked, String siteLanguage, ImportReport report) {
        if (marked.isEmpty() || marked.equals(siteLanguage)) {
            return marked.isEmpty() ? siteLanguage : marked;
        }
        StringBuilder all = new StringBuilder();
        body.blocks().forEach(b -> all.append(BodyReader.plain(inlines(b))).append(' '));
        Optional<String> guess = LanguageGuess.of(all.toString());
        if (guess.isPresent() && guess.get().equals(marked)) {
            report.info(ImportReport.DOCUMENT, Text.of("import.language.whole", languageName(marked), marked,
                    languageName(siteLanguage)));
            return siteLanguage;
        }
        report.warning(ImportReport.DOCUMENT, Text.of("import.language.wordSetting", languageName(marked), marked,
                languageName(siteLanguage)));
        return marked;
    }

    /** One line per foreign language of a block, or, when none is marked, one if its words read like another language. */
    private static void reportPassages(Text place, List<Inline> content, boolean canBeWhole, String own, ImportReport report) {
        Map<String, StringBuilder> passages = new LinkedHashMap<>();
        boolean ownText = false;
        for (Inline inline : content) {
            if (inline instanceof Inline.Text t && !t.text().isBlank()) {
                if (t.language() == null) {
                    ownText = true;
                } else {
                    passages.computeIfAbsent(t.language(), l -> new StringBuilder()).append(t.text());
                }
            }
        }
        if (passages.size() == 1 && !ownText && canBeWhole) {
            String language = passages.keySet().iterator().next();
            report.info(place, Text.of("import.language.block", languageName(language), language));
            return;
        }
        passages.forEach((language, text) -> report.info(place, Text.of("import.language.passage", languageName(language),
                language, ImportReport.beginning(text.toString().strip().replaceAll("\\s+", " ")))));
        if (passages.isEmpty()) {
            LanguageGuess.of(BodyReader.plain(content)).filter(guess -> !guess.equals(own)).ifPresent(guess ->
                    report.warning(place, Text.of("import.language.unmarked", languageName(guess), guess)));
        }
    }

    /** All inline content of a block; a table's cells one after the other. */
    private static List<Inline> inlines(Block block) {
        if (block instanceof Table t) {
            List<Inline> all = new ArrayList<>();
            t.rows().forEach(row -> row.forEach(cell -> {
                all.addAll(cell);
                all.add(new Inline.Text(" "));
            }));
            return all;
        }
        if (block instanceof Heading h) {
            return h.content();
        } else if (block instanceof Paragraph p) {
            return p.content();
        } else if (block instanceof Quote q) {
            return q.content();
        }
        return ((ListItem) block).content();
    }

    private static BodyReader.Body apply(BodyReader.Body body, UnaryOperator<Inline.Text> change) {
        List<Block> blocks = body.blocks().stream().map(b -> block(b, change)).toList();
        List<Note> notes = body.notes().stream()
                .map(n -> new Note(n.number(), n.paragraphs().stream().map(p -> inlines(p, change)).toList())).toList();
        return new BodyReader.Body(inlines(body.title(), change), inlines(body.subtitle(), change), blocks, body.places(),
                notes);
    }

    private static Block block(Block block, UnaryOperator<Inline.Text> change) {
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

    private static List<Inline> inlines(List<Inline> content, UnaryOperator<Inline.Text> change) {
        List<Inline> changed = new ArrayList<>(content.size());
        for (Inline inline : content) {
            if (inline instanceof Inline.Text t) {
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
