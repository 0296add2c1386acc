package de.tagungsband.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.List;
import java.util.function.Consumer;

/**
 * A body's footnotes as {@link HtmlFromAst} writes them: numbered by where they are first referenced, a raised number
 * linking to the note, and the notes the text refers to in a section under a heading, each with links back.
 */
final class FootnoteHtml {

    static final String FOOTNOTES_ID = "fussnoten";

    private final List<FootnoteBlock> referenced;
    private final MarkdownLabels labels;

    FootnoteHtml(Document document, MarkdownLabels labels) {
        this.labels = labels;
        // numbers the notes by where they are referenced, as Flexmark's renderer does before it writes
        FootnoteExtension.FOOTNOTES.get(document).resolveFootnoteOrdinals();
        this.referenced = FootnoteExtension.FOOTNOTES.get(document).getReferencedFootnoteBlocks();
    }

    /** The ids the notes take, which headings must not take too. */
    void reserveIds(HeadingIds ids) {
        if (!referenced.isEmpty()) {
            ids.reserve(FOOTNOTES_ID);
        }
        for (FootnoteBlock note : referenced) {
            ids.reserve("fn-" + note.getFootnoteOrdinal());
            for (int i = 0; i < note.getFootnoteReferences(); i++) {
                ids.reserve(backId(note.getFootnoteOrdinal(), i));
            }
        }
    }

    /** The reference's number, or null when the text defines no such note. */
    static String reference(Footnote footnote) {
        FootnoteBlock block = footnote.getFootnoteBlock();
        if (block == null) {
            return null;
        }
        int ordinal = block.getFootnoteOrdinal();
        return "<sup id=\"" + backId(ordinal, footnote.getReferenceOrdinal()) + "\"><a class=\"footnote-ref\" href=\"#fn-"
                + ordinal + "\" aria-describedby=\"" + FOOTNOTES_ID + "\">" + ordinal + "</a></sup>";
    }

    /** The notes that the text refers to, each written by {@code content} and followed by its links back. */
    void write(HtmlLines html, Consumer<Node> content) {
        if (referenced.isEmpty()) {
            return;
        }
        html.line();
        html.raw("<section class=\"footnotes\" aria-labelledby=\"" + FOOTNOTES_ID + "\"><h2 id=\""
                + FOOTNOTES_ID + "\" class=\"footnotes-title\">" + HtmlText.escapeText(labels.footnotes())
                + "</h2>\n\n<ol>\n");
        for (FootnoteBlock note : referenced) {
            int ordinal = note.getFootnoteOrdinal();
            html.line();
            html.raw("<li id=\"fn-" + ordinal + "\">");
            html.line();
            content.accept(note);
            for (int i = 0; i < note.getFootnoteReferences(); i++) {
                html.line();
                html.raw("<a href=\"#" + backId(ordinal, i) + "\" class=\"footnote-backref\" aria-label=\""
                        + HtmlText.escapeAttribute(labels.backToText()) + "\">↩\uFE0E</a>");
            }
            html.line();
            html.raw("</li>");
            html.line();
        }
        html.line();
        html.raw("</ol>\n</section>\n");
    }

    private static String backId(int ordinal, int reference) {
        return "fnref-" + ordinal + (reference == 0 ? "" : "-" + reference);
    }
}
