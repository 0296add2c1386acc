package de.tagungsband.markdown;

import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Quotation marks inside a quotation are the other kind: in German „… ‚…‘ …“, in English “… ‘…’ …”. Flexmark pairs
 * nested double quotes as nested nodes but gives both levels the same marks; this pass sets every second level of
 * double quotes to the single marks.
 */
final class NestedQuotes {

    private final String doubleOpen;
    private final String singleOpen;
    private final String singleClose;

    NestedQuotes(String doubleOpen, String singleOpen, String singleClose) {
        this.doubleOpen = doubleOpen;
        this.singleOpen = singleOpen;
        this.singleClose = singleClose;
    }

    void apply(Node document) {
        visit(document, 0);
    }

    private void visit(Node node, int depth) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            int inner = depth;
            if (child instanceof TypographicQuotes quotes && doubleOpen.equals(quotes.getTypographicOpening())) {
                if (depth % 2 == 1) {
                    quotes.setTypographicOpening(singleOpen);
                    quotes.setTypographicClosing(singleClose);
                }
                inner = depth + 1;
            }
            visit(child, inner);
        }
    }
}
