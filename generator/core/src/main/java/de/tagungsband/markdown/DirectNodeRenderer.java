package de.tagungsband.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.util.sequence.Escaping;
import de.tagungsband.slug.Slugs;
import org.jsoup.nodes.Entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Flexmark's rendering of one body, changed where {@link HtmlCleaner} would change it: text escaped as Jsoup
 * writes it, typographic entities as characters, void elements without the slash, headings with ids and anchor
 * links, tables in a scrolling box, images loaded lazily. Each node's text also goes to the body's {@link BodyText}.
 * One instance renders one body (Flexmark makes node renderers for every document).
 */
final class DirectNodeRenderer implements NodeRenderer {

    private static final List<Class<? extends Node>> BLOCKS = List.of(BulletList.class, OrderedList.class,
            BulletListItem.class, OrderedListItem.class, BlockQuote.class, TableHead.class, TableBody.class,
            TableRow.class, TableCell.class);

    private final MarkdownLabels labels;
    private final BodyText text;
    private final Set<String> headingIds = new HashSet<>();

    DirectNodeRenderer(MarkdownLabels labels, BodyText text) {
        this.labels = labels;
        this.text = text;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        Set<NodeRenderingHandler<?>> handlers = new HashSet<>(Set.of(
                new NodeRenderingHandler<>(Text.class, (node, context, html) -> write(unescaped(node), html)),
                new NodeRenderingHandler<>(HtmlEntity.class, (node, context, html) ->
                        write(node.getChars().unescape(), html)),
                new NodeRenderingHandler<>(TypographicSmarts.class, (node, context, html) ->
                        write(Entities.unescape(node.getTypographicText()), html)),
                new NodeRenderingHandler<>(TypographicQuotes.class, this::quotes),
                new NodeRenderingHandler<>(SoftLineBreak.class, (node, context, html) -> {
                    context.delegateRender();
                    text.append("\n");
                }),
                new NodeRenderingHandler<>(HardLineBreak.class, (node, context, html) -> {
                    context.delegateRender();
                    text.blockBoundary();
                    text.append("\n");
                }),
                new NodeRenderingHandler<>(Code.class, this::code),
                new NodeRenderingHandler<>(FencedCodeBlock.class, (node, context, html) -> codeBlock(context, html)),
                new NodeRenderingHandler<>(IndentedCodeBlock.class, (node, context, html) -> codeBlock(context, html)),
                new NodeRenderingHandler<>(Image.class, this::image),
                new NodeRenderingHandler<>(ThematicBreak.class, this::thematicBreak),
                new NodeRenderingHandler<>(Heading.class, this::heading),
                new NodeRenderingHandler<>(Paragraph.class, this::paragraph),
                new NodeRenderingHandler<>(TableBlock.class, this::table),
                new NodeRenderingHandler<>(Footnote.class, this::footnote)));
        for (Class<? extends Node> block : BLOCKS) {
            handlers.add(new NodeRenderingHandler<>(block, (node, context, html) -> block(context)));
        }
        return handlers;
    }

    /**
     * A text node's characters with backslash escapes and entities resolved and line ends normalised; most text has
     * none of them, and Flexmark's unescaping runs a pattern over every node.
     */
    private static String unescaped(Text node) {
        String chars = node.getChars().toString();
        if (chars.indexOf('\\') < 0 && chars.indexOf('&') < 0 && chars.indexOf('\r') < 0) {
            return chars;
        }
        return Escaping.normalizeEOL(node.getChars().unescape());
    }

    private void write(String words, HtmlWriter html) {
        html.raw(HtmlText.escapeText(words));
        text.append(words);
    }

    private void quotes(TypographicQuotes node, NodeRendererContext context, HtmlWriter html) {
        if (node.getTypographicOpening() != null && !node.getTypographicOpening().isEmpty()) {
            write(Entities.unescape(node.getTypographicOpening()), html);
        }
        context.renderChildren(node);
        if (node.getTypographicClosing() != null && !node.getTypographicClosing().isEmpty()) {
            write(Entities.unescape(node.getTypographicClosing()), html);
        }
    }

    private void block(NodeRendererContext context) {
        text.blockBoundary();
        context.delegateRender();
        text.blockBoundary();
    }

    private void paragraph(Paragraph node, NodeRendererContext context, HtmlWriter html) {
        block(context);
        text.paragraphClosed(node);
    }

    /** As Flexmark writes inline code (whitespace collapsed), escaped the Jsoup way. */
    private void code(Code node, NodeRendererContext context, HtmlWriter html) {
        String code = Escaping.collapseWhitespace(node.getText(), true);
        html.raw("<code>" + HtmlText.escapeText(code) + "</code>");
        text.append(code);
    }

    /** Flexmark's code block with its text escaped the Jsoup way; the text keeps its whitespace. */
    private void codeBlock(NodeRendererContext context, HtmlWriter html) {
        String flexmark = delegatedHtml(context);
        int start = flexmark.indexOf('>', flexmark.indexOf("<code")) + 1;
        int end = flexmark.lastIndexOf("</code>");
        String code = Entities.unescape(flexmark.substring(start, end));
        text.blockBoundary();
        text.appendPreformatted(code);
        text.blockBoundary();
        html.line().openPre().raw(flexmark.substring(0, start) + HtmlText.escapeText(code) + flexmark.substring(end))
                .closePre().line();
    }

    /** As Flexmark writes an image, with the attributes of a lazily loaded one and without the void tag's slash. */
    private void image(Image node, NodeRendererContext context, HtmlWriter html) {
        String url = context.resolveLink(LinkType.IMAGE, node.getUrl().unescape(), null, null).getUrl();
        StringBuilder tag = new StringBuilder("<img src=\"").append(attribute(url))
                .append("\" alt=\"").append(attribute(new TextCollectingVisitor().collectAndGetText(node))).append('"');
        if (node.getTitle().isNotNull()) {
            tag.append(" title=\"").append(attribute(node.getTitle().unescape())).append('"');
        }
        html.raw(tag.append(" loading=\"lazy\" decoding=\"async\">"));
    }

    /** An attribute's value as Jsoup writes it after reading what Flexmark wrote. */
    private static String attribute(String value) {
        return HtmlText.escapeAttribute(Entities.unescape(Escaping.escapeHtml(value, true)));
    }

    private void thematicBreak(ThematicBreak node, NodeRendererContext context, HtmlWriter html) {
        text.blockBoundary();
        html.line().raw("<hr>").line();
        text.blockBoundary();
    }

    /** Headings below the title get an id from their text, unique in the body, and a link to themselves. */
    private void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
        if (node.getLevel() == 1) {
            block(context);
            return;
        }
        text.blockBoundary();
        text.startHeading();
        NodeRendererContext content = context.getSubContext(false);
        content.renderChildren(node);
        String inner = withoutLastLineEnd(content.getHtmlWriter().toString(0, 0, false));
        String words = text.endHeading();
        String id = headingId(words);
        String tag = "h" + node.getLevel();
        html.line().raw("<" + tag + " id=\"" + HtmlText.escapeAttribute(id) + "\">" + inner
                + "<a class=\"anchor\" href=\"#" + HtmlText.escapeAttribute(id) + "\" aria-label=\""
                + HtmlText.escapeAttribute(labels.linkToSection() + ": " + words) + "\">#</a></" + tag + ">").line();
        text.blockBoundary();
    }

    /** As {@link HtmlCleaner} numbers them; an id that could meet a footnote's (fn-1, fnref-1) is left to it. */
    private String headingId(String words) {
        String base = Slugs.of(words);
        if (base.startsWith("fn")) {
            text.decline();
        }
        String id = base.isEmpty() ? "abschnitt" : base;
        for (int n = 2; headingIds.contains(id); n++) {
            id = base + "-" + n;
        }
        headingIds.add(id);
        return id;
    }

    private void table(TableBlock node, NodeRendererContext context, HtmlWriter html) {
        text.blockBoundary();
        String table = delegatedHtml(context);
        html.line().raw("<div class=\"table-scroll\">" + table + "</div>").line();
        text.blockBoundary();
    }

    private void footnote(Footnote node, NodeRendererContext context, HtmlWriter html) {
        if (node.getFootnoteBlock() == null) {
            text.decline();
        } else {
            text.appendNoteMark(String.valueOf(node.getFootnoteBlock().getFootnoteOrdinal()));
        }
        context.delegateRender();
    }

    /** What Flexmark's own renderer writes for the node being rendered. */
    private String delegatedHtml(NodeRendererContext context) {
        NodeRendererContext flexmark = context.getDelegatedSubContext(false);
        flexmark.delegateRender();
        return withoutLastLineEnd(flexmark.getHtmlWriter().toString(0, 0, false));
    }

    private static String withoutLastLineEnd(String html) {
        return html.endsWith("\n") ? html.substring(0, html.length() - 1) : html;
    }
}
