package de.tagungsband.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * The attributes {@link HtmlCleaner} changes, set as Flexmark writes the tags: alignment classes for table cells,
 * ARIA attributes for footnote links; and the paragraphs Flexmark wraps in {@code <p>}, for the summary.
 */
final class DirectAttributes implements AttributeProvider {

    private final MarkdownLabels labels;
    private final BodyText text;

    DirectAttributes(MarkdownLabels labels, BodyText text) {
        this.labels = labels;
        this.text = text;
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof Paragraph paragraph) {
            text.paragraphOpened(paragraph);
        } else if (attributes.contains("align")) {
            // a table cell's (the only tag with an align attribute Flexmark writes here)
            String align = attributes.getValue("align");
            attributes.remove("align");
            attributes.addValue("class", "align-" + align);
        } else if ("footnote-ref".equals(attributes.getValue("class"))) {
            attributes.addValue("aria-describedby", DirectHtml.FOOTNOTES_ID);
        } else if ("footnote-backref".equals(attributes.getValue("class"))) {
            attributes.addValue("aria-label", labels.backToText());
        }
    }
}
