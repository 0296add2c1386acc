package de.tagungsband.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SequenceUtils;
import de.tagungsband.slug.Slugs;
import org.jsoup.nodes.Entities;

import java.util.Locale;

/**
 * Writes the HTML of one body straight from Flexmark's AST into one buffer, in the form the Jsoup pass of
 * {@link HtmlCleaner} leaves Flexmark's own HTML in: text escaped as Jsoup writes it, typographic entities as
 * characters, void elements without the slash, headings with ids and anchor links, tables in a scrolling box with
 * alignment classes, images loaded lazily, footnotes in a section under a heading with ARIA attributes. Each node's
 * text also goes to the body's {@link BodyText}. Only the nodes {@link DirectHtml} knows reach it.
 *
 * <p>Line ends follow Flexmark's HTML writer: a block starts and ends on a line of its own, a line does not start
 * with spaces (outside {@code <pre>}). Flexmark's renderer, with a writer that looks at every character and a set-up
 * for every document, took most of the Markdown stage; {@code DirectHtmlTest} holds the two ways together.
 */
final class HtmlFromAst {

    private final MarkdownLabels labels;
    private final ListOptions listOptions;
    private final Document document;
    private final BodyText text = new BodyText();
    private final HeadingIds headingIds = new HeadingIds();
    private StringBuilder html = new StringBuilder(4096);
    private boolean preformatted;
    /** Whether the current line holds nothing yet but tabs. */
    private boolean lineBlank = true;

    private HtmlFromAst(MarkdownLabels labels, Document document) {
        this.labels = labels;
        this.document = document;
        this.listOptions = ListOptions.get(document);
    }

    /** The HTML of {@code document}, with the text gathered in {@code text()}. */
    static HtmlFromAst render(Document document, MarkdownLabels labels) {
        HtmlFromAst writer = new HtmlFromAst(labels, document);
        // numbers the notes by where they are referenced, as Flexmark's renderer does before it writes
        FootnoteExtension.FOOTNOTES.get(document).resolveFootnoteOrdinals();
        writer.children(document);
        writer.footnotes();
        return writer;
    }

    String html() {
        return html.toString();
    }

    BodyText text() {
        return text;
    }

    private void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            node(child);
        }
    }

    @SuppressWarnings("checkstyle:CyclomaticComplexity") // one branch per kind of node, most frequent first
    private void node(Node node) {
        if (node instanceof Text) {
            write(unescaped(node.getChars()));
        } else if (node instanceof SoftLineBreak) {
            raw("\n");
            text.append("\n");
        } else if (node instanceof Paragraph paragraph) {
            paragraph(paragraph);
        } else if (node instanceof TypographicQuotes quotes) {
            quotes(quotes);
        } else if (node instanceof TypographicSmarts smarts) {
            write(Entities.unescape(smarts.getTypographicText()));
        } else if (node instanceof Emphasis) {
            inline("em", node);
        } else if (node instanceof StrongEmphasis) {
            inline("strong", node);
        } else if (node instanceof Link link) {
            link(link);
        } else if (node instanceof Footnote footnote) {
            footnoteReference(footnote);
        } else if (node instanceof Heading heading) {
            heading(heading);
        } else if (node instanceof ListItem item) {
            listItem(item);
        } else if (node instanceof BulletList) {
            block("ul", "<ul>", node);
        } else if (node instanceof OrderedList list) {
            block("ol", list.getStartNumber() == 1 ? "<ol>" : "<ol start=\"" + list.getStartNumber() + "\">", node);
        } else if (node instanceof BlockQuote) {
            block("blockquote", "<blockquote>", node);
        } else if (node instanceof Code code) {
            code(code);
        } else if (node instanceof HardLineBreak) {
            raw("<br>\n");
            text.blockBoundary();
            text.append("\n");
        } else if (node instanceof HtmlEntity) {
            write(node.getChars().unescape());
        } else if (node instanceof Image image) {
            image(image);
        } else if (node instanceof FencedCodeBlock fenced) {
            BasedSequence info = fenced.getInfo();
            String language = info.isNotNull() && !info.isBlank()
                    ? fenced.getInfoDelimitedByAny(SequenceUtils.SPACE_TAB_SET).unescape() : null;
            codeBlock(language, fenced.getContentChars().normalizeEOL());
        } else if (node instanceof IndentedCodeBlock indented) {
            codeBlock(null, indented.getContentChars().trimTailBlankLines().normalizeEndWithEOL());
        } else if (node instanceof ThematicBreak) {
            text.blockBoundary();
            line();
            raw("<hr>");
            line();
            text.blockBoundary();
        } else if (node instanceof TableBlock) {
            table(node);
        } else if (!(node instanceof FootnoteBlock)) { // a note's text is written under the body, in footnotes()
            children(node); // TextBase, and the table separator's cells (which hold nothing to show)
        }
    }

    /**
     * A text node's characters with backslash escapes and entities resolved and line ends normalised; most text has
     * none of them, and Flexmark's unescaping runs a pattern over every node.
     */
    private static String unescaped(BasedSequence chars) {
        String plain = chars.toString();
        if (plain.indexOf('\\') < 0 && plain.indexOf('&') < 0 && plain.indexOf('\r') < 0) {
            return plain;
        }
        return Escaping.normalizeEOL(chars.unescape());
    }

    private void write(String words) {
        raw(HtmlText.escapeText(words));
        text.append(words);
    }

    private void inline(String tag, Node node) {
        raw("<" + tag + ">");
        children(node);
        raw("</" + tag + ">");
    }

    private void quotes(TypographicQuotes node) {
        if (node.getTypographicOpening() != null && !node.getTypographicOpening().isEmpty()) {
            write(Entities.unescape(node.getTypographicOpening()));
        }
        children(node);
        if (node.getTypographicClosing() != null && !node.getTypographicClosing().isEmpty()) {
            write(Entities.unescape(node.getTypographicClosing()));
        }
    }

    /** As Flexmark writes a paragraph: in {@code <p>} on a line of its own, except the paragraph of a tight list item. */
    static final String DIAGRAM = "<p class=\"diagram\" tabindex=\"0\">";

    private void paragraph(Paragraph paragraph) {
        text.blockBoundary();
        if (paragraph.getFirstChildAnyNot(NonRenderingInline.class) != null) {
            if (paragraph.getParent() instanceof ParagraphItemContainer container
                    && container.isParagraphWrappingDisabled(paragraph, listOptions, document)) {
                children(paragraph);
            } else {
                line();
                raw(isDiagram(paragraph) ? DIAGRAM : "<p>");
                text.paragraphOpened(paragraph);
                children(paragraph);
                raw("</p>");
                line();
            }
        }
        text.blockBoundary();
        text.paragraphClosed(paragraph);
    }

    /**
     * A paragraph that holds nothing but an SVG image: a diagram, whose labels would shrink below legibility on a
     * phone. The stylesheet keeps it wide enough there and lets it scroll sideways; focusable, so that a keyboard
     * can scroll it too. The same as {@link HtmlCleaner} marks it.
     */
    private static boolean isDiagram(Paragraph paragraph) {
        Node only = paragraph.getFirstChildAnyNot(NonRenderingInline.class);
        return only instanceof Image image && only.getNextAnyNot(NonRenderingInline.class) == null
                && image.getUrl().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg");
    }

    /** A list or quote: its tags on lines of their own, its content between them. */
    private void block(String tag, String openingTag, Node node) {
        text.blockBoundary();
        line();
        raw(openingTag);
        line();
        children(node);
        line();
        raw("</" + tag + ">");
        line();
        text.blockBoundary();
    }

    private void listItem(ListItem item) {
        text.blockBoundary();
        line();
        raw("<li>");
        raw(HtmlText.escapeText(item.getMarkerSuffix().unescape()));
        children(item);
        raw("</li>");
        line();
        text.blockBoundary();
    }

    /** As Flexmark writes inline code (whitespace collapsed), escaped the Jsoup way. */
    private void code(Code node) {
        String code = Escaping.collapseWhitespace(node.getText(), true);
        raw("<code>" + HtmlText.escapeText(code) + "</code>");
        text.append(code);
    }

    /** A code block keeps its text as written, lines and spaces included. */
    private void codeBlock(String language, String code) {
        text.blockBoundary();
        text.appendPreformatted(code);
        text.blockBoundary();
        line();
        preformatted = true;
        raw(language == null ? "<pre><code>"
                : "<pre><code class=\"language-" + attribute(language) + "\">");
        raw(HtmlText.escapeText(code));
        raw("</code></pre>");
        preformatted = false;
        line();
    }

    private void link(Link link) {
        raw("<a href=\"" + attribute(link.getUrl().unescape()) + "\"");
        if (link.getTitle().isNotNull()) {
            raw(" title=\"" + attribute(link.getTitle().unescape()) + "\"");
        }
        raw(">");
        children(link);
        raw("</a>");
    }

    /** As Flexmark writes an image, with the attributes of a lazily loaded one and without the void tag's slash. */
    private void image(Image node) {
        StringBuilder tag = new StringBuilder("<img src=\"").append(attribute(node.getUrl().unescape()))
                .append("\" alt=\"").append(attribute(new TextCollectingVisitor().collectAndGetText(node))).append('"');
        if (node.getTitle().isNotNull()) {
            tag.append(" title=\"").append(attribute(node.getTitle().unescape())).append('"');
        }
        raw(tag.append(" loading=\"lazy\" decoding=\"async\">").toString());
    }

    /** An attribute's value as Jsoup writes it after reading what Flexmark wrote. */
    private static String attribute(String value) {
        return HtmlText.escapeAttribute(Entities.unescape(Escaping.escapeHtml(value, true)));
    }

    /** Headings below the title get an id from their text, unique in the body, and a link to themselves. */
    private void heading(Heading node) {
        text.blockBoundary();
        if (node.getLevel() == 1) {
            line();
            raw("<h1>");
            children(node);
            raw("</h1>");
            line();
        } else {
            text.startHeading();
            StringBuilder outer = html;
            html = new StringBuilder();
            lineBlank = false; // the content follows the opening tag on its line
            children(node);
            String inner = html.toString();
            html = outer;
            lineBlank = false;
            String words = text.endHeading();
            String id = headingId(words);
            String tag = "h" + node.getLevel();
            line();
            raw("<" + tag + " id=\"" + HtmlText.escapeAttribute(id) + "\">" + inner
                    + "<a class=\"anchor\" href=\"#" + HtmlText.escapeAttribute(id) + "\" aria-label=\""
                    + HtmlText.escapeAttribute(labels.linkToSection() + ": " + words) + "\">#</a></" + tag + ">");
            line();
        }
        text.blockBoundary();
    }

    /** As {@link HtmlCleaner} numbers them; an id that could meet a footnote's (fn-1, fnref-1) is left to it. */
    private String headingId(String words) {
        String base = Slugs.of(words);
        if (base.startsWith("fn")) {
            text.decline();
        }
        return headingIds.next(base);
    }

    /** A table in a box that scrolls sideways, head and body rows each on a line. */
    private void table(Node table) {
        text.blockBoundary();
        line();
        raw("<div class=\"table-scroll\" tabindex=\"0\"><table class=\"table\">");
        line();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead || part instanceof TableBody) {
                String tag = part instanceof TableHead ? "thead" : "tbody";
                text.blockBoundary();
                raw("<" + tag + ">");
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    tableRow((TableRow) row);
                }
                raw("</" + tag + ">");
                line();
                text.blockBoundary();
            }
        }
        raw("</table></div>");
        line();
        text.blockBoundary();
    }

    private void tableRow(TableRow row) {
        text.blockBoundary();
        line();
        raw("<tr>");
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            tableCell((TableCell) cell);
        }
        raw("</tr>");
        line();
        text.blockBoundary();
    }

    private void tableCell(TableCell cell) {
        text.blockBoundary();
        String tag = cell.isHeader() ? "th" : "td";
        StringBuilder open = new StringBuilder("<").append(tag);
        if (cell.getSpan() > 1) {
            open.append(" colspan=\"").append(cell.getSpan()).append('"');
        }
        if (cell.getAlignment() != null) {
            open.append(" class=\"align-").append(cell.getAlignment().name().toLowerCase(Locale.ROOT)).append('"');
        }
        raw(open.append('>').toString());
        children(cell);
        raw("</" + tag + ">");
        text.blockBoundary();
    }

    private void footnoteReference(Footnote footnote) {
        FootnoteBlock block = footnote.getFootnoteBlock();
        if (block == null) {
            text.decline();
            return;
        }
        int ordinal = block.getFootnoteOrdinal();
        text.appendNoteMark(String.valueOf(ordinal));
        int reference = footnote.getReferenceOrdinal();
        raw("<sup id=\"fnref-" + ordinal + (reference == 0 ? "" : "-" + reference) + "\"><a class=\"footnote-ref\" href=\"#fn-"
                + ordinal + "\" aria-describedby=\"" + DirectHtml.FOOTNOTES_ID + "\">" + ordinal + "</a></sup>");
    }

    /** The notes that the text refers to, in the order of their numbers, each with links back to its references. */
    private void footnotes() {
        var referenced = FootnoteExtension.FOOTNOTES.get(document).getReferencedFootnoteBlocks();
        if (referenced.isEmpty()) {
            return;
        }
        line();
        raw("<section class=\"footnotes\" aria-labelledby=\"" + DirectHtml.FOOTNOTES_ID + "\"><h2 id=\""
                + DirectHtml.FOOTNOTES_ID + "\" class=\"footnotes-title\">" + HtmlText.escapeText(labels.footnotes())
                + "</h2>\n\n<ol>\n");
        for (FootnoteBlock note : referenced) {
            int ordinal = note.getFootnoteOrdinal();
            line();
            raw("<li id=\"fn-" + ordinal + "\">");
            line();
            children(note);
            for (int i = 0; i < note.getFootnoteReferences(); i++) {
                line();
                raw("<a href=\"#fnref-" + ordinal + (i == 0 ? "" : "-" + i) + "\" class=\"footnote-backref\" aria-label=\""
                        + HtmlText.escapeAttribute(labels.backToText()) + "\">↩\uFE0E</a>");
            }
            line();
            raw("</li>");
            line();
        }
        line();
        raw("</ol>\n</section>\n");
    }

    /** Starts a new line unless the current one is empty. */
    private void line() {
        int length = html.length();
        if (length > 0 && html.charAt(length - 1) != '\n') {
            html.append('\n');
            lineBlank = true;
        }
    }

    /**
     * Appends HTML; outside {@code <pre>} a line does not start with spaces (tabs stay), as in Flexmark's writer.
     */
    private void raw(String markup) {
        if (!lineBlank && markup.indexOf('\n') < 0) {
            html.append(markup); // most pieces: inside a line that has begun
            return;
        }
        int run = 0;
        for (int i = 0; i < markup.length(); i++) {
            char c = markup.charAt(i);
            if (c == ' ' && lineBlank && !preformatted) {
                html.append(markup, run, i);
                run = i + 1;
            } else if (c == '\n') {
                lineBlank = true;
            } else if (c != '\t' && c != ' ') {
                lineBlank = false;
            }
        }
        html.append(markup, run, markup.length());
    }
}
