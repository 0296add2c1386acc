package de.tagungsband.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Limits that keep a hostile or broken record from exhausting the build: Flexmark renders nested blocks
 * recursively (a 10,000-level quote overflows the stack) and lays out footnotes in quadratic time.
 */
final class MarkdownLimits {

    static final int MAX_DEPTH = 100;
    static final int MAX_FOOTNOTES = 1000;

    private MarkdownLimits() {
    }

    /**
     * Checked before parsing: Flexmark's footnote handling slows down long before the limit of the AST check, and
     * deeply nested quotes overflow its parser's stack before there is an AST to measure. One pass over the lines.
     */
    static boolean checkSource(String markdown, Path file, int firstLine, Diagnostics diagnostics) {
        boolean mayHaveFootnotes = markdown.contains("[^");
        int footnotes = 0;
        for (int start = 0, i = 0; start >= 0; i++) {
            if (quoteDepth(markdown, start) > MAX_DEPTH) {
                diagnostics.error(file, firstLine + i, "the text is nested more than " + MAX_DEPTH
                        + " levels deep here (quotes inside quotes)", "flatten the structure: no reader can follow that many levels");
                return false;
            }
            int end = markdown.indexOf('\n', start);
            if (mayHaveFootnotes && definesFootnote(markdown, start, end < 0 ? markdown.length() : end)
                    && ++footnotes > MAX_FOOTNOTES) {
                diagnostics.error(file, firstLine + i, "the record has more than " + MAX_FOOTNOTES + " footnotes",
                        "split the text into several records");
                return false;
            }
            start = end < 0 ? -1 : end + 1;
        }
        int costly = InlineCost.tooCostlyAt(markdown);
        if (costly >= 0) {
            diagnostics.error(file, firstLine + costly, Text.of("markdown.tooCostly"), Text.of("markdown.tooCostly.hint"));
            return false;
        }
        return true;
    }

    /** Whether the line from {@code start} to {@code end} defines a footnote: up to three spaces, {@code [^label]:}. */
    static boolean definesFootnote(String text, int start, int end) {
        int i = start;
        while (i < end && i - start < 3 && text.charAt(i) == ' ') {
            i++;
        }
        if (!text.startsWith("[^", i)) {
            return false;
        }
        int close = text.indexOf(']', i + 2);
        return close > i + 2 && close + 1 < end && text.charAt(close + 1) == ':';
    }

    /** How many '>' the line that starts at {@code start} begins with (spaces and tabs between them allowed). */
    private static int quoteDepth(String text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>') {
                depth++;
            } else if (c != ' ' && c != '\t') {
                break;
            }
        }
        return depth;
    }

    /** True when the document may be rendered; otherwise the problem is reported. */
    static boolean check(Document document, Path file, int firstLine, Diagnostics diagnostics) {
        record Entry(Node node, int depth) {
        }
        Deque<Entry> stack = new ArrayDeque<>();
        stack.push(new Entry(document, 0));
        int footnotes = 0;
        while (!stack.isEmpty()) {
            Entry entry = stack.pop();
            if (entry.depth > MAX_DEPTH) {
                diagnostics.error(file, firstLine + entry.node.getLineNumber(), "the text is nested more than "
                        + MAX_DEPTH + " levels deep here (lists, quotes or emphasis inside each other)",
                        "flatten the structure: no reader can follow that many levels");
                return false;
            }
            if (entry.node instanceof FootnoteBlock && ++footnotes > MAX_FOOTNOTES) {
                diagnostics.error(file, firstLine + entry.node.getLineNumber(), "the record has more than "
                        + MAX_FOOTNOTES + " footnotes", "split the text into several records");
                return false;
            }
            for (Node child = entry.node.getFirstChild(); child != null; child = child.getNext()) {
                stack.push(new Entry(child, entry.depth + 1));
            }
        }
        return true;
    }
}
