package de.tagungsband.wordimport;

import de.tagungsband.wordimport.Block.Heading;
import de.tagungsband.wordimport.Block.ListItem;
import de.tagungsband.wordimport.Block.Note;
import de.tagungsband.wordimport.Block.Paragraph;
import de.tagungsband.wordimport.Block.Quote;
import de.tagungsband.wordimport.Block.Table;
import de.tagungsband.i18n.Text;
import de.tagungsband.wordimport.ParagraphStyle.Kind;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.xmlbeans.XmlObject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static de.tagungsband.wordimport.Ooxml.W;
import static de.tagungsband.wordimport.Ooxml.attribute;

/**
 * Reads a document's body into blocks, in order: paragraphs by their style (title, headings, quotations, lists),
 * tables, the paragraphs of text boxes after the paragraph that holds them; then the notes in the order of their
 * first reference. What it cleans on the way goes to the report with the paragraph it came from.
 */
final class BodyReader {

    /**
     * What the body held; {@code title} and {@code subtitle} are empty when the document has no such paragraph;
     * {@code places} are where each block came from (for the report), in the order of {@code blocks}.
     */
    record Body(List<Inline> title, List<Inline> subtitle, List<Block> blocks, List<Text> places, List<Note> notes) {
        Body {
            if (places.size() != blocks.size()) {
                throw new IllegalArgumentException(blocks.size() + " blocks, " + places.size() + " places");
            }
        }
    }

    private static final Pattern TYPED_BULLET = Pattern.compile("^\\s*([-–—•·▪*o])\\s+");
    private static final Pattern TYPED_NUMBER = Pattern.compile("^\\s*(\\d{1,2}|[a-z])[.)]\\s+");
    private static final Text CONTENTS = Text.of("import.contents");

    private final WordContext context;
    private final ImportReport report;
    private final ParagraphReader paragraphs;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Text> places = new ArrayList<>();
    private final Map<Integer, Text> typedListItems = new HashMap<>();
    private List<Inline> title = List.of();
    private List<Inline> subtitle = List.of();
    private int paragraphNumber;
    private int emptyFrom;
    private int emptyTo;
    private int realHeadingLevel;
    private boolean contentsReported;

    BodyReader(WordContext context, ImportReport report) {
        this.context = context;
        this.report = report;
        this.paragraphs = new ParagraphReader(context, context.document(), false);
    }

    Body read() {
        container(context.document().getDocument().getBody());
        endOfEmptyParagraphs();
        typedLists();
        return new Body(title, subtitle, List.copyOf(blocks), List.copyOf(places), notes());
    }

    private void container(XmlObject container) {
        for (XmlObject child : Ooxml.children(container)) {
            switch (Ooxml.w(child)) {
                case "p" -> paragraph(child);
                case "tbl" -> table(child);
                case "sdt" -> {
                    if (isTableOfContents(child)) {
                        report.info(ImportReport.paragraph(paragraphNumber + 1), CONTENTS);
                        contentsReported = true;
                    } else {
                        Ooxml.child(child, W, "sdtContent").ifPresent(this::container);
                    }
                }
                case "customXml", "ins", "moveTo" -> container(child);
                default -> { }
            }
        }
    }

    private static boolean isTableOfContents(XmlObject sdt) {
        return Ooxml.descendants(sdt, W, "docPartGallery").stream()
                .anyMatch(g -> attribute(g, W, "val").toLowerCase().contains("table of contents"));
    }

    private void paragraph(XmlObject xml) {
        int number = ++paragraphNumber;
        ParagraphReader.Result read = paragraphs.read(xml);
        Text place = ImportReport.paragraph(number, read.plainText());
        ParagraphStyle style = ParagraphStyle.of(xml, context);
        boolean empty = read.content().stream().allMatch(i -> i instanceof Inline.Text t && t.text().isBlank());
        read.errors().forEach(e -> report.error(place, e));
        if (style.kind() == Kind.CONTENTS_ENTRY) {
            if (!contentsReported) {
                report.info(place, CONTENTS);
                contentsReported = true;
            }
        } else if (empty) {
            read.cleaned().forEach(c -> report.info(place, c));
            if (!read.pageBreakOnly() && read.textBoxes().isEmpty() && read.cleaned().isEmpty()) {
                emptyParagraph(number);
            }
        } else {
            endOfEmptyParagraphs();
            read.cleaned().forEach(c -> report.info(place, c));
            block(style, read, place);
        }
        read.textBoxes().forEach(this::container);
    }

    private void block(ParagraphStyle style, ParagraphReader.Result read, Text place) {
        List<Inline> content = read.content();
        switch (style.kind()) {
            case TITLE -> {
                if (title.isEmpty() && blocks.isEmpty()) {
                    title = withoutBold(content);
                } else {
                    heading(1, content, place);
                }
            }
            case SUBTITLE -> {
                if (subtitle.isEmpty() && blocks.isEmpty()) {
                    subtitle = content;
                } else {
                    add(new Paragraph(content), place);
                }
            }
            case HEADING -> heading(style.level(), content, place);
            case QUOTE -> add(new Quote(content), place);
            case LIST_ITEM -> add(new ListItem(style.level(), style.ordered(), content), place);
            default -> text(content, read.plainText(), place);
        }
    }

    private void heading(int level, List<Inline> content, Text place) {
        realHeadingLevel = level;
        add(new Heading(level, withoutBold(content)), place);
    }

    private void add(Block block, Text place) {
        blocks.add(block);
        places.add(place);
    }

    /** An ordinary paragraph, or what the author made look like a heading or a list item by hand. */
    private void text(List<Inline> content, String plain, Text place) {
        String words = plain.strip();
        boolean allBold = content.stream().allMatch(i -> !(i instanceof Inline.Text t) || t.text().isBlank() || t.bold())
                && content.stream().anyMatch(i -> i instanceof Inline.Text t && t.bold());
        if (allBold && words.length() <= 90 && words.split("\\s+").length <= 12 && !words.matches(".*[.,;:]$")
                && !TYPED_BULLET.matcher(words).find() && !TYPED_NUMBER.matcher(words).find()) {
            int level = realHeadingLevel == 0 ? 1 : Math.min(6, realHeadingLevel + 1);
            add(new Heading(level, withoutBold(content)), place);
            report.info(place, Text.of("import.fakeHeading"));
            return;
        }
        if (TYPED_BULLET.matcher(words).find() || TYPED_NUMBER.matcher(words).find()) {
            typedListItems.put(blocks.size(), place);
        }
        add(new Paragraph(content), place);
    }

    /**
     * Paragraphs that start with a typed "-", "•" or "1." become list items: a bullet on its own, numbers only when
     * they count on from the paragraph before or to the next (a paragraph may well start with "1. Januar").
     */
    private void typedLists() {
        int[] numbers = new int[blocks.size() + 2];
        for (int i = -1; i <= blocks.size(); i++) {
            numbers[i + 1] = typedNumber(i);
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (!typedListItems.containsKey(i) || !(blocks.get(i) instanceof Paragraph p)) {
                continue;
            }
            String text = plain(p.content());
            Matcher bullet = TYPED_BULLET.matcher(text);
            Matcher number = TYPED_NUMBER.matcher(text);
            boolean isBullet = bullet.find();
            boolean isNumber = !isBullet && number.find();
            boolean inARow = isNumber && (numbers[i] == numbers[i + 1] - 1 || numbers[i + 2] == numbers[i + 1] + 1);
            if (isBullet || inARow) {
                int cut = isBullet ? bullet.end() : number.end();
                blocks.set(i, new ListItem(0, isNumber, dropFirstCharacters(p.content(), cut)));
                report.info(typedListItems.get(i), Text.of(isNumber ? "import.typedNumbering" : "import.typedBullets",
                        text.substring(0, cut).strip()));
            }
        }
    }

    /** The number a typed list item starts with (1., 2), b)), or -9 when block {@code i} is none. */
    private int typedNumber(int i) {
        if (!typedListItems.containsKey(i) || !(blocks.get(i) instanceof Paragraph p)) {
            return -9;
        }
        Matcher number = TYPED_NUMBER.matcher(plain(p.content()));
        if (!number.find()) {
            return -9;
        }
        String marker = number.group(1);
        return Character.isDigit(marker.charAt(0)) ? Integer.parseInt(marker) : marker.charAt(0) - 'a' + 1;
    }

    private void table(XmlObject table) {
        List<List<List<Inline>>> rows = new ArrayList<>();
        int firstParagraph = paragraphNumber + 1;
        for (XmlObject row : Ooxml.children(table)) {
            if (!Ooxml.w(row).equals("tr")) {
                continue;
            }
            List<List<Inline>> cells = new ArrayList<>();
            for (XmlObject cell : Ooxml.children(row)) {
                if (Ooxml.w(cell).equals("tc")) {
                    cells.add(cell(cell));
                    int span = Ooxml.descendants(cell, W, "gridSpan").stream().findFirst()
                            .map(g -> attribute(g, W, "val")).filter(v -> v.matches("[1-9]\\d?")).map(Integer::parseInt).orElse(1);
                    for (int i = 1; i < span; i++) {
                        cells.add(List.of());
                    }
                }
            }
            rows.add(cells);
        }
        if (!rows.isEmpty()) {
            endOfEmptyParagraphs();
            Text place = Text.of("import.place.table", firstParagraph);
            add(new Table(rows), place);
            report.info(place, Text.of(rows.size() == 1 ? "import.table.oneRow" : "import.table"));
        }
    }

    /** A table cell's paragraphs on one line; a table within it is read as its paragraphs. */
    private List<Inline> cell(XmlObject cell) {
        List<Inline> content = new ArrayList<>();
        for (XmlObject paragraph : Ooxml.descendants(cell, W, "p")) {
            int number = ++paragraphNumber;
            ParagraphReader.Result read = paragraphs.read(paragraph);
            Text place = ImportReport.paragraph(number, read.plainText());
            read.cleaned().forEach(c -> report.info(place, c));
            read.errors().forEach(e -> report.error(place, e));
            if (!read.content().isEmpty()) {
                if (!content.isEmpty()) {
                    content.add(new Inline.Text(" "));
                }
                content.addAll(read.content());
            }
        }
        return content;
    }

    private void emptyParagraph(int number) {
        if (emptyFrom == 0) {
            emptyFrom = number;
        }
        emptyTo = number;
    }

    private void endOfEmptyParagraphs() {
        if (emptyFrom > 0 && !blocks.isEmpty()) {
            report.info(emptyFrom == emptyTo ? ImportReport.paragraph(emptyFrom)
                            : Text.of("import.place.paragraphs", emptyFrom, emptyTo),
                    Text.of(emptyFrom == emptyTo ? "import.emptyParagraph" : "import.emptyParagraphs"));
        }
        emptyFrom = 0;
    }

    private List<Note> notes() {
        List<Note> notes = new ArrayList<>();
        boolean endnotes = false;
        int number = 0;
        for (WordContext.NoteKey key : context.notesInOrder()) {
            number++;
            int id = Integer.parseInt(key.id());
            XWPFAbstractFootnoteEndnote note = key.endnote() ? context.document().getEndnoteByID(id)
                    : context.document().getFootnoteByID(id);
            endnotes |= key.endnote();
            ParagraphReader reader = new ParagraphReader(context, note.getPart(), true);
            List<List<Inline>> paragraphsOfNote = new ArrayList<>();
            for (XmlObject paragraph : Ooxml.descendants(note.getCTFtnEdn(), W, "p")) {
                ParagraphReader.Result read = reader.read(paragraph);
                read.errors().forEach(e -> report.error(notePlace(key.endnote(), id), e));
                if (read.content().stream().anyMatch(i -> !(i instanceof Inline.Text t) || !t.text().isBlank())) {
                    paragraphsOfNote.add(read.content());
                }
            }
            notes.add(new Note(number, paragraphsOfNote.isEmpty() ? List.of(List.of(new Inline.Text("(leer)"))) : paragraphsOfNote));
        }
        if (endnotes) {
            report.info(ImportReport.DOCUMENT, Text.of("import.endnotes"));
        }
        return notes;
    }

    /** Where a note is, for the report, by its id in the document. */
    static Text notePlace(boolean endnote, int id) {
        return Text.of(endnote ? "import.place.endnote" : "import.place.footnote", id);
    }

    static String plain(List<Inline> content) {
        StringBuilder text = new StringBuilder();
        for (Inline inline : content) {
            if (inline instanceof Inline.Text t) {
                text.append(t.text());
            } else if (inline instanceof Inline.Link link) {
                text.append(plain(link.content()));
            }
        }
        return text.toString();
    }

    private static List<Inline> withoutBold(List<Inline> content) {
        return content.stream().map(i -> i instanceof Inline.Text t ? new Inline.Text(t.text(), false, t.italic(), t.language()) : i)
                .toList();
    }

    /** Content without its first {@code count} characters of text (a typed list marker). */
    private static List<Inline> dropFirstCharacters(List<Inline> content, int count) {
        List<Inline> rest = new ArrayList<>();
        int left = count;
        for (Inline inline : content) {
            if (left > 0 && inline instanceof Inline.Text t) {
                if (t.text().length() <= left) {
                    left -= t.text().length();
                    continue;
                }
                rest.add(new Inline.Text(t.text().substring(left), t.bold(), t.italic(), t.language()));
                left = 0;
            } else {
                rest.add(inline);
            }
        }
        return rest;
    }
}
