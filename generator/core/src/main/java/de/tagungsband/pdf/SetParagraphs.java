package de.tagungsband.pdf;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The paragraphs {@link ParagraphSetter} has set for one volume, so that each is set once: a volume is laid out at
 * least twice (the second time with its page numbers) and its offprints again, and between these layouts nearly every
 * paragraph is the same. Kept as long as the volume is in hand, not for the whole build (a build of many volumes
 * would keep the text of all of them twice). A paragraph is known by everything its lines depend on (its elements, attributes and text,
 * and what the caller adds: measure, indent, footnote numbers); what is kept is the text of each of its text nodes
 * after setting, which is all that setting changes. Safe for the volumes and offprints set in parallel.
 */
final class SetParagraphs {

    private final Map<String, List<String>> texts = new ConcurrentHashMap<>();

    /**
     * Gives {@code paragraph} the texts it got when it was set before with the same content and {@code context};
     * otherwise sets it with {@code setting} and remembers the result.
     */
    void set(Element paragraph, String context, Runnable setting) {
        StringBuilder key = new StringBuilder(context).append('|');
        describe(paragraph, key);
        String known = key.toString();
        List<String> before = texts.get(known);
        if (before != null) {
            List<TextNode> nodes = textNodes(paragraph);
            for (int i = 0; i < nodes.size(); i++) {
                nodes.get(i).text(before.get(i));
            }
            return;
        }
        setting.run();
        texts.put(known, textNodes(paragraph).stream().map(TextNode::getWholeText).toList());
    }

    /** The paragraph's elements with their attributes and its text nodes, each text with its length before it. */
    private static void describe(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                String whole = text.getWholeText();
                out.append(whole.length()).append(':').append(whole);
            } else if (child instanceof Element element) {
                out.append('<').append(element.tagName()).append(element.attributes().html()).append('>');
                describe(element, out);
                out.append("</>");
            } else {
                out.append(child.outerHtml());
            }
        }
    }

    private static List<TextNode> textNodes(Element paragraph) {
        List<TextNode> nodes = new ArrayList<>();
        collect(paragraph, nodes);
        return nodes;
    }

    private static void collect(Node node, List<TextNode> out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.add(text);
            } else {
                collect(child, out);
            }
        }
    }
}
