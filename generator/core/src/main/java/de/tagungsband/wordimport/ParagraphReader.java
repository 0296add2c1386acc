package de.tagungsband.wordimport;

import de.tagungsband.wordimport.Inline.Link;
import de.tagungsband.i18n.Text;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.xmlbeans.XmlObject;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static de.tagungsband.wordimport.Ooxml.W;
import static de.tagungsband.wordimport.Ooxml.attribute;
import static de.tagungsband.wordimport.Ooxml.children;
import static de.tagungsband.wordimport.Ooxml.w;

/**
 * Reads the text of one paragraph ({@code w:p}) in document order: runs with their emphasis and language, links,
 * note references, images; the accepted text of tracked changes; field results except those of tables of contents
 * and page numbers; text boxes are handed back to be read as blocks after the paragraph. One reader per part
 * (body, notes), because a field (a table of contents) may span paragraphs.
 */
final class ParagraphReader {

    /**
     * Fields whose result is not text of the contribution but made by the word processor; the report names each
     * with {@code import.field.<FIELD>}.
     */
    private static final Set<String> DROPPED_FIELDS = Set.of("TOC", "PAGE", "NUMPAGES", "SECTIONPAGES", "PAGEREF",
            "INDEX", "TOA", "NOTEREF");
    /** Direct formatting of a run (WordprocessingML property → the report's {@code import.formatting.<name>}). */
    private static final Map<String, String> DIRECT_FORMATTING = Map.ofEntries(Map.entry("sz", "size"),
            Map.entry("color", "colour"), Map.entry("highlight", "highlight"), Map.entry("u", "underline"),
            Map.entry("shd", "shading"), Map.entry("strike", "strike"), Map.entry("dstrike", "strike"),
            Map.entry("caps", "caps"), Map.entry("smallCaps", "smallCaps"),
            Map.entry("vertAlign", "vertAlign"), Map.entry("spacing", "spacing"), Map.entry("rFonts", "font"));
    private static final Text TRACKED_INSERTED = Text.of("import.trackedInserted");
    private static final Text TRACKED_DELETED = Text.of("import.trackedDeleted");
    private static final Text COMMENT = Text.of("import.comment");
    private static final Text LINE_BREAK = Text.of("import.lineBreak");

    /** What one paragraph held. */
    record Result(List<Inline> content, List<XmlObject> textBoxes, Set<Text> cleaned, Set<Text> errors,
                  boolean pageBreakOnly) {
        String plainText() {
            StringBuilder text = new StringBuilder();
            for (Inline inline : content) {
                if (inline instanceof Inline.Text t) {
                    text.append(t.text());
                } else if (inline instanceof Link link) {
                    link.content().stream().filter(Inline.Text.class::isInstance).map(Inline.Text.class::cast).forEach(t -> text.append(t.text()));
                }
            }
            return text.toString();
        }
    }

    private static final class Field {
        final StringBuilder instruction = new StringBuilder();
        boolean inResult;
        boolean dropped;
        String hyperlink;
        int resultStart = -1;
        List<Inline> resultOf;
    }

    private final WordContext context;
    private final POIXMLDocumentPart part;
    private final boolean inNote;
    private final Deque<Field> fields = new ArrayDeque<>();

    // the paragraph being read
    private List<Inline> out;
    private List<XmlObject> textBoxes;
    private Set<Text> cleaned;
    private Set<Text> errors;
    private boolean pageBreak;

    ParagraphReader(WordContext context, POIXMLDocumentPart part, boolean inNote) {
        this.context = context;
        this.part = part;
        this.inNote = inNote;
    }

    Result read(XmlObject paragraph) {
        out = new ArrayList<>();
        textBoxes = new ArrayList<>();
        cleaned = new LinkedHashSet<>();
        errors = new LinkedHashSet<>();
        pageBreak = false;
        content(paragraph);
        boolean pageBreakOnly = pageBreak && out.stream().allMatch(i -> i instanceof Inline.Text t && t.text().isBlank());
        return new Result(List.copyOf(out), List.copyOf(textBoxes), cleaned, errors, pageBreakOnly);
    }

    private void content(XmlObject container) {
        for (XmlObject child : children(container)) {
            switch (w(child)) {
                case "r" -> run(child);
                case "hyperlink" -> hyperlink(child);
                case "ins", "moveTo" -> {
                    cleaned.add(TRACKED_INSERTED);
                    content(child);
                }
                case "del", "moveFrom" -> cleaned.add(TRACKED_DELETED);
                case "fldSimple" -> simpleField(child);
                case "smartTag", "customXml", "dir", "bdo" -> content(child);
                case "sdt" -> Ooxml.child(child, W, "sdtContent").ifPresent(this::content);
                case "commentRangeStart" -> cleaned.add(COMMENT);
                default -> {
                    if (Ooxml.is(child, Ooxml.MC, "AlternateContent")) {
                        children(child).stream().findFirst().ifPresent(this::content);
                    } else if (child.getDomNode().getLocalName() != null
                            && child.getDomNode().getLocalName().startsWith("oMath")) {
                        add(new Inline.Text(Ooxml.text(child)));
                        cleaned.add(Text.of("import.formula"));
                    }
                }
            }
        }
    }

    private void hyperlink(XmlObject link) {
        String url = context.hyperlink(part, attribute(link, Ooxml.R, "id"));
        if (url == null) {
            content(link); // a link within the document (a bookmark, say): its text only
            return;
        }
        List<Inline> outer = out;
        out = new ArrayList<>();
        content(link);
        List<Inline> text = out;
        out = outer;
        if (!text.isEmpty()) {
            out.add(new Link(url, List.copyOf(text)));
        }
    }

    private void simpleField(XmlObject field) {
        String kind = fieldKind(attribute(field, W, "instr"));
        if (DROPPED_FIELDS.contains(kind)) {
            cleaned.add(droppedField(kind));
        } else {
            content(field);
        }
    }

    private void run(XmlObject run) {
        Format format = context.format(run);
        format.directFormatting().forEach(f -> cleaned.add(Text.of("import.formatting." + f)));
        for (XmlObject child : children(run)) {
            String name = w(child);
            switch (name) {
                case "fldChar" -> fieldChar(attribute(child, W, "fldCharType"));
                case "instrText" -> {
                    if (!fields.isEmpty() && !fields.peek().inResult) {
                        fields.peek().instruction.append(Ooxml.text(child));
                    }
                }
                default -> {
                    if (!suppressed()) {
                        runChild(child, name, format);
                    }
                }
            }
        }
    }

    private void runChild(XmlObject child, String name, Format format) {
        switch (name) {
            case "t" -> text(Ooxml.text(child), format);
            case "tab", "ptab" -> text(" ", format);
            case "br" -> {
                String type = attribute(child, W, "type");
                if (type.equals("page") || type.equals("column")) {
                    pageBreak = true;
                } else {
                    text(" ", format);
                    cleaned.add(LINE_BREAK);
                }
            }
            case "cr" -> {
                text(" ", format);
                cleaned.add(LINE_BREAK);
            }
            case "noBreakHyphen" -> text("\u2011", format);
            case "sym" -> cleaned.add(Text.of("import.symbol"));
            case "footnoteReference", "endnoteReference" -> {
                if (inNote) {
                    return;
                }
                int number = context.noteReference(name.startsWith("end"), attribute(child, W, "id"));
                if (number > 0) {
                    out.add(new Inline.NoteRef(number));
                }
            }
            case "commentReference" -> cleaned.add(COMMENT);
            case "drawing", "pict" -> drawing(child);
            case "object" -> cleaned.add(Text.of("import.oleObject"));
            default -> {
                if (Ooxml.is(child, Ooxml.MC, "AlternateContent")) {
                    children(child).stream().findFirst().ifPresent(choice -> children(choice).forEach(c -> runChild(c, w(c), format)));
                }
            }
        }
    }

    /** An image or a text box: the image is saved, the text box's paragraphs are read after this paragraph. */
    private void drawing(XmlObject drawing) {
        List<XmlObject> boxes = Ooxml.descendants(drawing, W, "txbxContent");
        if (!boxes.isEmpty()) {
            textBoxes.addAll(boxes);
            cleaned.add(Text.of("import.textBox"));
            return;
        }
        context.picture(part, drawing, errors, cleaned).ifPresent(out::add);
    }

    private void text(String raw, Format format) {
        String text = clean(raw);
        if (!text.isEmpty()) {
            add(new Inline.Text(text, format.bold(), format.italic(), format.language()));
        }
    }

    private void add(Inline inline) {
        out.add(inline);
    }

    /** Soft hyphens and control characters dropped, a tab a space. */
    static String clean(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                text.append(' ');
            } else if (c != '\u00AD' && c != '\u200B' && c != '\uFEFF' && !Character.isISOControl(c)) {
                text.append(c);
            }
        }
        return text.toString();
    }

    private void fieldChar(String type) {
        switch (type) {
            case "begin" -> fields.push(new Field());
            case "separate" -> {
                Field field = fields.peek();
                if (field != null) {
                    field.inResult = true;
                    String instruction = field.instruction.toString().strip();
                    String kind = fieldKind(instruction);
                    if (DROPPED_FIELDS.contains(kind)) {
                        field.dropped = true;
                        cleaned.add(droppedField(kind));
                    } else if (kind.equals("HYPERLINK")) {
                        field.hyperlink = hyperlinkTarget(instruction);
                        field.resultStart = out.size();
                        field.resultOf = out;
                    }
                }
            }
            case "end" -> {
                Field field = fields.poll();
                if (field != null && !field.inResult && DROPPED_FIELDS.contains(fieldKind(field.instruction.toString()))) {
                    cleaned.add(droppedField(fieldKind(field.instruction.toString())));
                }
                if (field != null && field.hyperlink != null && field.resultOf == out && field.resultStart <= out.size()) {
                    List<Inline> text = new ArrayList<>(out.subList(field.resultStart, out.size()));
                    out.subList(field.resultStart, out.size()).clear();
                    if (!text.isEmpty()) {
                        out.add(new Link(field.hyperlink, List.copyOf(text)));
                    }
                }
            }
            default -> { }
        }
    }

    private boolean suppressed() {
        for (Field field : fields) {
            if (!field.inResult || field.dropped) {
                return true;
            }
        }
        return false;
    }

    private static Text droppedField(String kind) {
        return Text.of("import.field." + kind);
    }

    private static String fieldKind(String instruction) {
        String trimmed = instruction.strip();
        int space = trimmed.indexOf(' ');
        return (space < 0 ? trimmed : trimmed.substring(0, space)).toUpperCase(Locale.ROOT);
    }

    /** The address of a HYPERLINK field, when it is one readers may follow (not a \l jump within the document). */
    private String hyperlinkTarget(String instruction) {
        var m = java.util.regex.Pattern.compile("HYPERLINK\\s+\"([^\"]+)\"").matcher(instruction);
        return m.find() && !instruction.contains("\\l") ? context.safeUrl(m.group(1)) : null;
    }

    /**
     * The formatting of a run that the import keeps (emphasis, language) and the direct formatting it drops (as the
     * names of {@code import.formatting.*}).
     */
    record Format(boolean bold, boolean italic, String language, Set<String> directFormatting) {
        static Set<String> directFormattingOf(XmlObject runProperties) {
            Set<String> found = new LinkedHashSet<>();
            for (XmlObject property : children(runProperties)) {
                String label = DIRECT_FORMATTING.get(w(property));
                if (label != null) {
                    found.add(label);
                }
            }
            return found;
        }
    }
}
