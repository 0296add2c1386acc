package de.tagungsband.markdown;

import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.attributes.internal.NodeAttributeRepository;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attributes a text gives its elements in braces ({@code {lang=en}}, {@code {.klasse}}, {@code {#anker}}), as
 * Flexmark's attributes extension assigned them to the nodes, and the opening tags that carry them. Which of them
 * may stay is the safelist's business ({@link HtmlCleaner}): a text with braces always goes through it.
 */
final class BraceAttributes {

    private final NodeAttributeRepository assigned;

    BraceAttributes(Document document) {
        this.assigned = AttributesExtension.NODE_ATTRIBUTES.get(document);
    }

    boolean has(Node node) {
        return !assigned.isEmpty() && assigned.containsKey(node);
    }

    /** The ids written in braces, which headings must not take too. */
    void reserveIds(HeadingIds ids) {
        for (List<AttributesNode> groups : assigned.values()) {
            for (AttributesNode group : groups) {
                for (Node child : group.getChildren()) {
                    if (child instanceof AttributeNode attribute && "id".equals(name(attribute))) {
                        ids.reserve(attribute.getValue().toString());
                    }
                }
            }
        }
    }

    /**
     * An opening tag with the given attributes (names and values, unescaped) and those written in braces for
     * {@code node}: a class adds to the classes, any other attribute replaces one of the same name.
     */
    String open(String tag, Node node, String... namesAndValues) {
        List<AttributesNode> written = assigned.isEmpty() ? null : assigned.get(node);
        if (namesAndValues.length == 0 && written == null) {
            return "<" + tag + ">";
        }
        Map<String, String> all = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            all.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        for (AttributesNode group : written == null ? List.<AttributesNode>of() : written) {
            for (Node child : group.getChildren()) {
                if (child instanceof AttributeNode attribute && !name(attribute).isBlank()) {
                    String name = name(attribute);
                    all.merge(name, attribute.getValue().toString(),
                            (was, added) -> "class".equals(name) ? was + " " + added : added);
                }
            }
        }
        StringBuilder opening = new StringBuilder("<").append(tag);
        all.forEach((name, value) -> opening.append(' ').append(name).append("=\"")
                .append(HtmlText.escapeAttribute(value)).append('"'));
        return opening.append('>').toString();
    }

    private static String name(AttributeNode attribute) {
        if (attribute.isImplicitName()) {
            return attribute.isClass() ? "class" : "id";
        }
        return attribute.getName().toString();
    }
}
