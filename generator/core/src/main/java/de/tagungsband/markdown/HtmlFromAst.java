package de.tagungsband.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.attributes.AttributesDelimiter;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
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
 * Writes the HTML of one body straight from Flexmark's AST, in its final form: text escaped as Jsoup writes it,
 * typographic entities as characters, void elements without the slash, headings with ids and anchor links, tables in
 * a scrolling box with alignment classes, images loaded lazily, footnotes in a section under a heading with ARIA
 * attributes, attributes written in braces on the elements they belong to. Raw HTML from the text is written as it
 * stands (the Jsoup pass of {@link HtmlCleaner} judges such bodies afterwards). Each node's text also goes to the
 * body's {@link BodyText}. The one renderer of bodies: Flexmark's own renderer, followed by a Jsoup pass to bring its
 * HTML into this form, took about twice as long (1,100 heavy bodies: 4.8–7.2 s against 1.5–2.4 s, one thread).
 */
final class HtmlFromAst {

    private final MarkdownLabels labels;
    private final ListOptions listOptions;
    private final Document document;
    private final BraceAttributes attributes;
    private final FootnoteHtml footnotes;
    private final BodyText text = new BodyText();
    private final HeadingIds headingIds = new HeadingIds();
    private final HtmlLines html = new HtmlLines();

    private HtmlFromAst(MarkdownLabels labels, Document document) {
        this.labels = labels;
        this.document = document;
        this.listOptions = ListOptions.get(document);
        this.attributes = new BraceAttributes(document);
        this.footnotes = new FootnoteHtml(document, labels);
        footnotes.reserveIds(headingIds);
        attributes.reserveIds(headingIds);
    }

    /** The HTML of {@code document}, with the text gathered in {@code text()}. */
    static HtmlFromAst render(Document document, MarkdownLabels labels) {
        HtmlFromAst writer = new HtmlFromAst(labels, document);
        writer.children(document);
        writer.footnotes.write(writer.html, writer::children);
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
            html.raw("\n");
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
            link(link, link.getUrl(), link.getTitle());
        } else if (node instanceof Footnote footnote) {
            String reference = FootnoteHtml.reference(footnote);
            if (reference == null) {
                write(footnote.getChars().unescape()); // no such note: the reference stays as written
            } else {
                text.appendNoteMark(footnote.getFootnoteBlock().getFootnoteOrdinal() + "");
                html.raw(reference);
            }
        } else if (node instanceof Heading heading) {
            heading(heading);
        } else if (node instanceof ListItem item) {
            listItem(item);
        } else if (node instanceof BulletList) {
            block("ul", node);
        } else if (node instanceof OrderedList list) {
            block("ol", node, list.getStartNumber() == 1 ? new String[0]
                    : new String[] {"start", String.valueOf(list.getStartNumber())});
        } else if (node instanceof BlockQuote) {
            block("blockquote", node);
        } else if (node instanceof Code code) {
            code(code);
        } else if (node instanceof HardLineBreak) {
            html.raw("<br>\n");
            text.blockBoundary();
            text.append("\n");
        } else if (node instanceof HtmlEntity) {
            write(node.getChars().unescape());
        } else if (node instanceof Image image) {
            image(image, image.getUrl(), image.getTitle());
        } else if (node instanceof FencedCodeBlock fenced) {
            BasedSequence info = fenced.getInfo();
            String language = info.isNotNull() && !info.isBlank()
                    ? fenced.getInfoDelimitedByAny(SequenceUtils.SPACE_TAB_SET).unescape() : null;
            codeBlock(node, language, fenced.getContentChars().normalizeEOL());
        } else if (node instanceof IndentedCodeBlock indented) {
            codeBlock(node, null, indented.getContentChars().trimTailBlankLines().normalizeEndWithEOL());
        } else if (node instanceof ThematicBreak) {
            text.blockBoundary();
            html.line();
            html.raw(attributes.open("hr", node));
            html.line();
            text.blockBoundary();
        } else if (node instanceof TableBlock) {
            new TableHtml(html, text, attributes, this::children).table(node);
        } else {
            rarer(node);
        }
    }

    /** Nodes few bodies hold: raw HTML, references and autolinks, spans with attributes. */
    private void rarer(Node node) {
        if (node instanceof HtmlBlockBase) {
            html.line();
            html.verbatim(node.getChars().normalizeEOL());
            html.line();
        } else if (node instanceof HtmlInlineBase) {
            html.verbatim(node.getChars().normalizeEOL());
        } else if (node instanceof LinkRef ref) {
            Reference target = ref.isDefined() ? ref.getReferenceNode(document) : null;
            if (target == null) {
                write(ref.getChars().unescape());
            } else {
                link(ref, target.getUrl(), target.getTitle());
            }
        } else if (node instanceof ImageRef ref) {
            Reference target = ref.isDefined() ? ref.getReferenceNode(document) : null;
            if (target == null) {
                write(ref.getChars().unescape());
            } else {
                image(ref, target.getUrl(), target.getTitle());
            }
        } else if (node instanceof MailLink mail) {
            html.raw(attributes.open("a", node, "href", "mailto:" + mail.getText().unescape()));
            write(mail.getText().unescape());
            html.raw("</a>");
        } else if (node instanceof AutoLink link) {
            html.raw(attributes.open("a", node, "href", link.getUrl().unescape()));
            write(link.getText().unescape());
            html.raw("</a>");
        } else if (node instanceof TextBase && attributes.has(node)) {
            inline("span", node); // {.}words{lang=en}
        } else if (!(node instanceof FootnoteBlock || node instanceof Reference || node instanceof AttributesNode
                || node instanceof AttributesDelimiter)) {
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
        html.raw(HtmlText.escapeText(words));
        text.append(words);
    }

    private void inline(String tag, Node node) {
        html.raw(attributes.open(tag, node));
        children(node);
        html.raw("</" + tag + ">");
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
    private void paragraph(Paragraph paragraph) {
        text.blockBoundary();
        if (paragraph.getFirstChildAnyNot(NonRenderingInline.class) != null) {
            if (paragraph.getParent() instanceof ParagraphItemContainer container
                    && container.isParagraphWrappingDisabled(paragraph, listOptions, document)) {
                children(paragraph);
            } else {
                html.line();
                html.raw(isDiagram(paragraph) ? attributes.open("p", paragraph, "class", "diagram", "tabindex", "0")
                        : attributes.open("p", paragraph));
                text.paragraphOpened(paragraph);
                children(paragraph);
                html.raw("</p>");
                html.line();
            }
        }
        text.blockBoundary();
        text.paragraphClosed(paragraph);
    }

    /**
     * A paragraph that holds nothing but an SVG image: a diagram, whose labels would shrink below legibility on a
     * phone. The stylesheet keeps it wide enough there and lets it scroll sideways; focusable, so that a keyboard
     * can scroll it too. {@link HtmlCleaner} marks such a paragraph in raw HTML the same way.
     */
    private static boolean isDiagram(Paragraph paragraph) {
        Node only = paragraph.getFirstChildAnyNot(NonRenderingInline.class);
        return only instanceof Image image && only.getNextAnyNot(NonRenderingInline.class) == null
                && image.getUrl().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    /** A list or quote: its tags on lines of their own, its content between them. */
    private void block(String tag, Node node, String... namesAndValues) {
        text.blockBoundary();
        html.line();
        html.raw(attributes.open(tag, node, namesAndValues));
        html.line();
        children(node);
        html.line();
        html.raw("</" + tag + ">");
        html.line();
        text.blockBoundary();
    }

    private void listItem(ListItem item) {
        text.blockBoundary();
        html.line();
        html.raw(attributes.open("li", item));
        html.raw(HtmlText.escapeText(item.getMarkerSuffix().unescape()));
        children(item);
        html.raw("</li>");
        html.line();
        text.blockBoundary();
    }

    /** As Flexmark writes inline code (whitespace collapsed), escaped the Jsoup way. */
    private void code(Code node) {
        String code = Escaping.collapseWhitespace(node.getText(), true);
        html.raw(attributes.open("code", node) + HtmlText.escapeText(code) + "</code>");
        text.append(code);
    }

    /** A code block keeps its text as written, lines and spaces included. */
    private void codeBlock(Node node, String language, String code) {
        text.blockBoundary();
        text.appendPreformatted(code);
        text.blockBoundary();
        html.line();
        html.verbatim(attributes.open("pre", node) + (language == null ? "<code>" : "<code class=\"language-"
                + attribute(language) + "\">") + HtmlText.escapeText(code) + "</code></pre>");
        html.line();
    }

    private void link(Node link, BasedSequence url, BasedSequence title) {
        html.raw(title.isNotNull() ? attributes.open("a", link, "href", value(url), "title", value(title))
                : attributes.open("a", link, "href", value(url)));
        children(link);
        html.raw("</a>");
    }

    /** As Flexmark writes an image, with the attributes of a lazily loaded one and without the void tag's slash. */
    private void image(Node image, BasedSequence url, BasedSequence title) {
        String alt = new TextCollectingVisitor().collectAndGetText(image);
        html.raw(title.isNotNull()
                ? attributes.open("img", image, "src", value(url), "alt", alt, "title", value(title), "loading", "lazy", "decoding", "async")
                : attributes.open("img", image, "src", value(url), "alt", alt, "loading", "lazy", "decoding", "async"));
    }

    /** An address or title with escapes and entities resolved, as a browser reads what Flexmark would write. */
    private static String value(BasedSequence written) {
        return Entities.unescape(Escaping.escapeHtml(written.unescape(), true));
    }

    /** An attribute's value as Jsoup writes it after reading what Flexmark wrote. */
    private static String attribute(String value) {
        return HtmlText.escapeAttribute(Entities.unescape(Escaping.escapeHtml(value, true)));
    }

    /** Headings below the title get an id from their text, unique in the body, and a link to themselves. */
    private void heading(Heading node) {
        text.blockBoundary();
        String tag = "h" + node.getLevel();
        if (node.getLevel() == 1) {
            html.line();
            inline(tag, node);
            html.line();
        } else {
            text.startHeading();
            String inner = html.apart(() -> children(node));
            String words = text.endHeading();
            String id = headingId(words);
            html.line();
            html.raw(attributes.open(tag, node, "id", id) + inner + "<a class=\"anchor\" href=\"#" + HtmlText.escapeAttribute(id)
                    + "\" aria-label=\"" + HtmlText.escapeAttribute(labels.linkToSection() + ": " + words) + "\">#</a></"
                    + tag + ">");
            html.line();
        }
        text.blockBoundary();
    }

    /** The heading's slug, numbered when an earlier heading, a footnote or an attribute has it already. */
    private String headingId(String words) {
        String base = Slugs.of(words);
        return headingIds.next(base);
    }
}
