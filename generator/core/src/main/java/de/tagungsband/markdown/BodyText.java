package de.tagungsband.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of one body, gathered while {@link HtmlFromAst} writes it: all of them for the search index, the first
 * paragraph's for the summary, and a heading's while its id is being made.
 */
final class BodyText {

    private final PlainText words = new PlainText();
    private final List<PlainText> open = new ArrayList<>(List.of(words));
    private PlainText summary;
    private Node summaryParagraph;
    private PlainText heading;

    void append(String text) {
        open.forEach(t -> t.append(text));
    }

    void appendPreformatted(String code) {
        open.forEach(t -> t.appendPreformatted(code));
    }

    void blockBoundary() {
        open.forEach(PlainText::blockBoundary);
    }

    /** A footnote's number: part of a heading's text (as in its id), not a word of the body or of the summary. */
    void appendNoteMark(String number) {
        if (heading != null) {
            heading.append(number);
        }
    }

    /** A {@code <p>} opens for this paragraph: the first one gives the summary. */
    void paragraphOpened(Paragraph paragraph) {
        if (summary == null) {
            summary = new PlainText();
            summaryParagraph = paragraph;
            open.add(summary);
        }
    }

    void paragraphClosed(Paragraph paragraph) {
        if (paragraph == summaryParagraph) {
            open.remove(summary);
        }
    }

    void startHeading() {
        heading = new PlainText();
        open.add(heading);
    }

    String endHeading() {
        open.remove(heading);
        String text = heading.toString();
        heading = null;
        return text;
    }

    String words() {
        return words.toString();
    }

    /** The first paragraph's text, empty when the body has none. */
    String summary() {
        return summary == null ? "" : summary.toString();
    }
}
