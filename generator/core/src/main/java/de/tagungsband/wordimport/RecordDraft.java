package de.tagungsband.wordimport;

import de.tagungsband.i18n.Text;
import de.tagungsband.scaffold.RecordText;
import de.tagungsband.wordimport.Block.Heading;
import de.tagungsband.wordimport.Block.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The record made of a read document: its title (the paragraph in the style "Title", else the first heading, else
 * the document's properties, else the file name), its authors (a line "Von …" under the title, matched against
 * people.yaml), its headings moved so that the first level is {@code ##}, and its front matter as a draft.
 */
record RecordDraft(String title, Authors authors, List<Block> blocks, List<Block.Note> notes) {

    static RecordDraft of(BodyReader.Body body, String propertiesTitle, String propertiesAuthor, String fileName,
                          Map<String, String> people, ImportReport report) {
        List<Block> blocks = new ArrayList<>(body.blocks());
        String title = BodyReader.plain(body.title()).strip();
        if (!title.isEmpty()) {
            report.info(ImportReport.DOCUMENT, Text.of("import.title.style", title));
        } else {
            Optional<Heading> first = blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast).findFirst();
            if (first.isPresent() && !BodyReader.plain(first.get().content()).isBlank()) {
                title = BodyReader.plain(first.get().content()).strip();
                blocks.remove(first.get());
                report.info(ImportReport.DOCUMENT, Text.of("import.title.heading", title));
            } else if (propertiesTitle != null && !propertiesTitle.isBlank()) {
                title = propertiesTitle.strip();
                report.warning(ImportReport.DOCUMENT, Text.of("import.title.properties", title));
            } else {
                title = fileName.replaceAll("\\.[^.]*$", "").replace('_', ' ').strip();
                report.warning(ImportReport.DOCUMENT, Text.of("import.title.fileName", title));
            }
        }
        Authors authors = authors(body, blocks, propertiesAuthor, people, report);
        return new RecordDraft(title, authors, normaliseHeadings(blocks, report), body.notes());
    }

    private static Authors authors(BodyReader.Body body, List<Block> blocks, String propertiesAuthor,
                                   Map<String, String> people, ImportReport report) {
        String subtitle = BodyReader.plain(body.subtitle()).strip();
        Optional<List<String>> names = Authors.namesInLine(subtitle);
        if (names.isEmpty() && !subtitle.isEmpty()) {
            blocks.add(0, new Paragraph(body.subtitle()));
            report.info(ImportReport.DOCUMENT, Text.of("import.subtitle", subtitle));
        }
        if (names.isEmpty() && !blocks.isEmpty() && blocks.get(0) instanceof Paragraph first) {
            names = Authors.namesInLine(BodyReader.plain(first.content()));
            names.ifPresent(n -> blocks.remove(0));
        }
        if (names.isPresent()) {
            Authors authors = Authors.match(names.get(), people);
            report(authors, report, "import.authors.line");
            return authors;
        }
        if (propertiesAuthor != null && !propertiesAuthor.isBlank()) {
            Authors authors = Authors.match(Authors.names(propertiesAuthor), people);
            if (!authors.ids().isEmpty()) {
                report(new Authors(authors.ids(), List.of()), report, "import.authors.properties");
                return new Authors(authors.ids(), List.of());
            }
            report.info(ImportReport.DOCUMENT, Text.of("import.authors.propertiesUnknown", propertiesAuthor.strip()));
        }
        report.warning(ImportReport.DOCUMENT, Text.of("import.authors.none"));
        return Authors.NONE;
    }

    /** @param found the key of the message that says where the authors were found */
    private static void report(Authors authors, ImportReport report, String found) {
        if (!authors.ids().isEmpty()) {
            report.info(ImportReport.DOCUMENT, Text.of(found, String.join(", ", authors.ids())));
        }
        for (String name : authors.unknown()) {
            report.warning(ImportReport.DOCUMENT, Text.of("import.authors.unknown", name));
        }
    }

    /** Headings moved so that the highest level in the record is {@code ##}; none deeper than ######. */
    private static List<Block> normaliseHeadings(List<Block> blocks, ImportReport report) {
        int highest = blocks.stream().filter(Heading.class::isInstance).mapToInt(b -> ((Heading) b).level()).min().orElse(2);
        int shift = 2 - highest;
        if (shift != 0) {
            report.info(ImportReport.DOCUMENT, Text.of("import.headingLevels", highest));
        }
        return blocks.stream().map(b -> b instanceof Heading h ? new Heading(Math.min(6, h.level() + shift), h.content()) : b)
                .toList();
    }

    /** The front matter of a session record, a draft, at the place {@code order} of the programme. */
    String sessionFrontMatter(String kind, int order) {
        return "---\ntitle: \"" + RecordText.yamlQuoted(title) + "\"\nkind: " + kind + "\n"
                + "authors: " + people() + "\n"
                + "order: " + order + "\ntopics: []\ndraft: true\n---\n";
    }

    /** The front matter of an input record of {@code session}, a draft. */
    String inputFrontMatter(String session, int order) {
        return "---\nkind: input\nsession: " + session + "\ntitle: \"" + RecordText.yamlQuoted(title) + "\"\n"
                + "speakers: " + people() + "\n"
                + "order: " + order + "\ndraft: true\n---\n";
    }

    /** The matched ids, then the names not in people.yaml as plain names (shown as text; check warns about each). */
    private String people() {
        return Stream.concat(authors.ids().stream(),
                        authors.unknown().stream().map(n -> "\"" + RecordText.yamlQuoted(n) + "\""))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
