package de.tagungsband.markdown;

import de.tagungsband.i18n.Text;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.scaffold.Placeholders;
import de.tagungsband.record.MarkdownBody;

import java.nio.file.Path;
import java.util.List;

/**
 * Markdown to a safe HTML fragment. One instance per language, built once and shared by all worker threads:
 * Flexmark's parser is immutable after building. Every body is written by {@link HtmlFromAst}; one that holds what
 * only the safelist can judge (raw HTML, attributes in braces, autolinks, unusual addresses) then goes through
 * the Jsoup pass of {@link HtmlCleaner}.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    /**
     * The same parser without the attributes extension, for the many texts without a '{': that extension compiles
     * its patterns and walks the document for every text, about a third of the parse, and finds nothing there.
     */
    private final Parser parserWithoutAttributes;
    private final HtmlCleaner cleaner;
    private final MarkdownLabels labels;
    private final NestedQuotes nestedQuotes;

    private MarkdownRenderer(MutableDataSet options, HtmlCleaner cleaner, MarkdownLabels labels) {
        this.nestedQuotes = new NestedQuotes(TypographicExtension.DOUBLE_QUOTE_OPEN.get(options),
                TypographicExtension.SINGLE_QUOTE_OPEN.get(options), TypographicExtension.SINGLE_QUOTE_CLOSE.get(options));
        this.parser = Parser.builder(options).build();
        MutableDataSet withoutAttributes = new MutableDataSet(options);
        withoutAttributes.set(Parser.EXTENSIONS, Parser.EXTENSIONS.get(options).stream()
                .filter(e -> !(e instanceof AttributesExtension)).toList());
        this.parserWithoutAttributes = Parser.builder(withoutAttributes).build();
        this.cleaner = cleaner;
        this.labels = labels;
    }

    /**
     * @param language "de" gives German quotation marks „…“ and ‚…‘
     * @param allowRawHtml keep raw HTML from the Markdown instead of removing what is not on the safelist
     */
    public static MarkdownRenderer create(String language, boolean allowRawHtml, MarkdownLabels labels) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                TypographicExtension.create(), AttributesExtension.create()));
        // {.}English words{lang=en} marks a passage in another language (a span); {lang=en} at the end of a
        // paragraph, heading or list item marks that block. Attributes other than lang, dir, id, class and
        // title are removed by the safelist.
        options.set(AttributesExtension.USE_EMPTY_IMPLICIT_AS_SPAN_DELIMITER, true);
        options.set(TablesExtension.CLASS_NAME, "table");
        if ("de".equals(language)) {
            options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "„");
            options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "“");
            options.set(TypographicExtension.SINGLE_QUOTE_OPEN, "‚");
            options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, "‘");
        }
        return new MarkdownRenderer(options, new HtmlCleaner(allowRawHtml, labels), labels);
    }

    private Document parse(String text) {
        return (text.indexOf('{') >= 0 ? parser : parserWithoutAttributes).parse(text);
    }

    /**
     * @param file the record, relative to the content folder
     * @param pagePath the page the fragment will be placed on, so links become relative to it
     */
    public RenderedMarkdown render(MarkdownBody body, Path file, String pagePath, LinkTargets targets,
                                   Diagnostics diagnostics) {
        String text = body.text();
        if (text.isBlank()) {
            return RenderedMarkdown.EMPTY;
        }
        if (!MarkdownLimits.checkSource(text, file, body.firstLine(), diagnostics)) {
            return RenderedMarkdown.EMPTY;
        }
        Placeholders.report(text, file, body.firstLine(), diagnostics);
        String readable = SpacedTargets.encoded(text, file, targets.sources());
        RenderedMarkdown rendered = parsedAndRendered(readable, body, file, pagePath, targets, diagnostics);
        if (rendered != null) {
            UnrenderedMarkdown.report(rendered, text, file, body.firstLine(), diagnostics);
        }
        return rendered;
    }

    private RenderedMarkdown parsedAndRendered(String text, MarkdownBody body, Path file, String pagePath,
                                               LinkTargets targets, Diagnostics diagnostics) {
        try {
            Document document = parse(text);
            nestedQuotes.apply(document);
            if (!MarkdownLimits.check(document, file, body.firstLine(), diagnostics)) {
                return RenderedMarkdown.EMPTY;
            }
            LinkRewriter rewriter = new LinkRewriter(file, body.firstLine(), pagePath, targets, diagnostics);
            rewriter.rewrite(document);
            HtmlFromAst written = HtmlFromAst.render(document, labels);
            if (rewriter.hasWrittenMarkup()) {
                return cleaner.clean(written.html(), file, body.firstLine(), diagnostics, rewriter.assets());
            }
            BodyText words = written.text();
            return new RenderedMarkdown(written.html(), HtmlCleaner.shorten(words.summary()), words.words(),
                    rewriter.assets());
        } catch (RuntimeException e) {
            // a parser bug on odd input must be a mistake in one record, never a crash of the whole build
            diagnostics.error(file, body.firstLine(), Text.of("markdown.unreadable", e.getClass().getSimpleName()),
                    Text.of("markdown.unreadable.fix"));
            return RenderedMarkdown.EMPTY;
        } catch (StackOverflowError e) {
            // Flexmark's inline parser recurses on nested emphasis and links; the stack unwinds cleanly here
            diagnostics.error(file, body.firstLine(), Text.of("markdown.tooDeep"), Text.of("markdown.deep.fix"));
            return RenderedMarkdown.EMPTY;
        }
    }
}
