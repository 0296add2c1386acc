package de.tagungsband.markdown;

import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** A table as {@link HtmlFromAst} writes it: in a box that scrolls sideways, alignment as classes of the cells. */
final class TableHtml {

    private final HtmlLines html;
    private final BodyText text;
    private final BraceAttributes attributes;
    private final Consumer<Node> content;

    TableHtml(HtmlLines html, BodyText text, BraceAttributes attributes, Consumer<Node> content) {
        this.html = html;
        this.text = text;
        this.attributes = attributes;
        this.content = content;
    }

    /** A table in a box that scrolls sideways, head and body rows each on a line. */
    void table(Node table) {
        text.blockBoundary();
        html.line();
        html.raw("<div class=\"table-scroll\" tabindex=\"0\">" + attributes.open("table", table, "class", "table"));
        html.line();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead || part instanceof TableBody) {
                String tag = part instanceof TableHead ? "thead" : "tbody";
                text.blockBoundary();
                html.raw("<" + tag + ">");
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    tableRow((TableRow) row);
                }
                html.raw("</" + tag + ">");
                html.line();
                text.blockBoundary();
            }
        }
        html.raw("</table></div>");
        html.line();
        text.blockBoundary();
    }

    private void tableRow(TableRow row) {
        text.blockBoundary();
        html.line();
        html.raw(attributes.open("tr", row));
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            tableCell((TableCell) cell);
        }
        html.raw("</tr>");
        html.line();
        text.blockBoundary();
    }

    private void tableCell(TableCell cell) {
        text.blockBoundary();
        String tag = cell.isHeader() ? "th" : "td";
        List<String> namesAndValues = new ArrayList<>(4);
        if (cell.getSpan() > 1) {
            namesAndValues.addAll(List.of("colspan", String.valueOf(cell.getSpan())));
        }
        if (cell.getAlignment() != null) {
            namesAndValues.addAll(List.of("class", "align-" + cell.getAlignment().name().toLowerCase(Locale.ROOT)));
        }
        html.raw(attributes.open(tag, cell, namesAndValues.toArray(String[]::new)));
        content.accept(cell);
        html.raw("</" + tag + ">");
        text.blockBoundary();
    }

}
