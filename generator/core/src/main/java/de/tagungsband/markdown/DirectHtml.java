package de.tagungsband.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import de.tagungsband.model.AssetCopy;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Renders a body that holds no raw HTML straight into the form the Jsoup pass of {@link HtmlCleaner} would leave it
 * in, byte for byte, with its plain text and summary, in one pass over Flexmark's AST ({@link HtmlFromAst}). The
 * safelist can only remove what raw HTML, attributes in braces or unsafe addresses bring in, so a body without them
 * needs no cleaning; the Jsoup pass stays for those bodies and whatever else this class does not know
 * ({@code DirectHtmlTest} renders varied texts both ways and compares them).
 */
final class DirectHtml {

    static final String FOOTNOTES_ID = "fussnoten";
    private static final Set<Class<? extends Node>> KNOWN = Set.of(Document.class, Paragraph.class, Heading.class,
            Text.class, TextBase.class, SoftLineBreak.class, HardLineBreak.class, Emphasis.class, StrongEmphasis.class,
            Code.class, Link.class, Image.class, BulletList.class, OrderedList.class, BulletListItem.class,
            OrderedListItem.class, BlockQuote.class, ThematicBreak.class, FencedCodeBlock.class, IndentedCodeBlock.class,
            HtmlEntity.class, TypographicSmarts.class, TypographicQuotes.class, TableBlock.class, TableHead.class,
            TableBody.class, TableRow.class, TableCell.class, TableSeparator.class, Footnote.class, FootnoteBlock.class);
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private final MarkdownLabels labels;

    DirectHtml(MarkdownLabels labels) {
        this.labels = labels;
    }

    /** The body, or empty when it holds what only the Jsoup pass can judge or shape. */
    Optional<RenderedMarkdown> render(String markdown, Document document, Set<AssetCopy> assets) {
        if (!knows(markdown, document)) {
            return Optional.empty();
        }
        HtmlFromAst written = HtmlFromAst.render(document, labels);
        BodyText text = written.text();
        if (text.declined()) {
            return Optional.empty();
        }
        return Optional.of(new RenderedMarkdown(written.html(), HtmlCleaner.shorten(text.summary()), text.words(),
                assets));
    }

    private static boolean knows(String markdown, Document document) {
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c < ' ' && c != '\n' && c != '\t') {
                return false;
            }
        }
        for (Node node : document.getDescendants()) {
            if (!KNOWN.contains(node.getClass()) || node instanceof Footnote note && note.getFootnoteBlock() == null) {
                return false;
            }
            if (node instanceof Link link && (!safe(link.getUrl().toString()) || link.getTitle().indexOf('\u00A0') >= 0)
                    || node instanceof Image image && (!safe(image.getUrl().toString()) || image.getUrlContent().isNotEmpty())) {
                return false;
            }
        }
        return true;
    }

    /** An address the safelist keeps as it is: a fragment, a relative path or http(s) and mailto. */
    private static boolean safe(String url) {
        if (url.isEmpty()) {
            return false;
        }
        int colon = url.indexOf(':');
        int slash = url.indexOf('/');
        return colon < 0 || slash >= 0 && slash < colon
                || SAFE_SCHEMES.contains(url.substring(0, colon).toLowerCase(Locale.ROOT));
    }
}
