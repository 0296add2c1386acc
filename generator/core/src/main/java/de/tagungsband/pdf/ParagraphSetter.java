package de.tagungsband.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Breaks each body paragraph as a whole (total fit, after Knuth and Plass) with the metrics of the book fonts, and
 * leaves in its text only the breaks it chose: the other spaces become no-break spaces (the engine still stretches
 * them when it justifies), unused soft hyphens go, and a hard hyphen where a line ends gets a zero-width space after
 * it. With {@link BreakOpportunities} as the engine's line breaker the engine then sets exactly these lines.
 *
 * <p>Rules: no line wider than the measure (the engine does not shrink spaces); word spaces as even as the
 * paragraph allows; a hyphen costs, more at a syllable than at a compound joint; never three hyphenated lines in a
 * row; the last word of a paragraph and addresses are not hyphenated. A paragraph with content it cannot measure
 * (an image, a line break, raised text) keeps the engine's own line-by-line breaking.
 */
final class ParagraphSetter {

    /** The measure of body text and its size, as the stylesheet sets them for the paper. */
    record Measure(float width, float fontSize, float indent) {
        static Measure forPaper(String paper) {
            float mm = 72f / 25.4f;
            return "a5".equals(paper) ? new Measure(110 * mm, 9.5f, 1.2f * 9.5f) : new Measure(135 * mm, 10.5f, 1.2f * 10.5f);
        }
    }

    private static final float SAFETY = 0.6f;
    private static final float CALL_SIZE = 6.5f;
    private static final float CODE_SIZE = 9f;
    private static final String UNMEASURED = "img, br, sup, sub, small, big, svg, math, input, q";

    /** Noun endings followed by a linking s: a division after them is most likely a compound's joint. */
    private static final List<String> LINKING = List.of("ungs", "ions", "heits", "keits", "schafts", "täts", "lings",
            "ings", "ts", "ens");

    private enum Kind { NONE, SPACE, SOFT, HARD, ZERO, DROP }

    /** One character of a paragraph in the order set, with where it lives in the DOM. */
    private record Char(TextNode node, int index, char c, float width, Kind kind) {
    }

    private final TextWidths widths;
    private final Measure measure;
    private final LineOptimiser.Spacing spacing;
    /** Each paragraph is set once per volume, however often the volume and its offprints are laid out. */
    private final SetParagraphs known = new SetParagraphs();

    ParagraphSetter(TextWidths widths, Measure measure) {
        this.widths = widths;
        this.measure = measure;
        TextWidths.Style body = new TextWidths.Style(false, false, false, measure.fontSize());
        this.spacing = new LineOptimiser.Spacing(widths.of(' ', body), widths.of('\u00A0', body));
    }

    void setAll(Document doc) {
        Map<Element, Integer> footnotes = footnoteNumbers(doc);
        doc.select("span.footnote").forEach(ParagraphSetter::keepLastWordWhole);
        for (Element p : doc.select("div.prose > p")) {
            if (!p.hasClass("image") && !p.hasClass("caption") && p.select(UNMEASURED).isEmpty()) {
                Element previous = p.previousElementSibling();
                boolean indent = previous != null && previous.is("p") && !previous.hasClass("image");
                set(p, measure.width(), indent ? measure.indent() : 0, footnotes);
            }
        }
        // list items of one paragraph each, set 1.4em in from the text's edge
        for (Element li : doc.select("div.prose > ul > li, div.prose > ol > li")) {
            if (li.children().select("p, ul, ol, div, blockquote, table, pre").isEmpty() && li.select(UNMEASURED).isEmpty()) {
                set(li, measure.width() - 1.4f * measure.fontSize(), 0, footnotes);
            }
        }
    }

    /**
     * A footnote is set by the engine, line by line: its last word loses its soft hyphens, so that no note ends in
     * "Integrationskoordinatio-" / "nen." (the rule the optimiser keeps in body paragraphs).
     */
    private static void keepLastWordWhole(Element note) {
        List<TextNode> texts = new ArrayList<>();
        note.traverse((node, depth) -> {
            if (node instanceof TextNode text && !text.isBlank()) {
                texts.add(text);
            }
        });
        if (texts.isEmpty()) {
            return;
        }
        TextNode last = texts.get(texts.size() - 1);
        String whole = last.getWholeText().stripTrailing();
        int wordStart = Math.max(whole.lastIndexOf(' '), whole.lastIndexOf('\u00A0')) + 1;
        String word = whole.substring(wordStart);
        if (word.indexOf(Hyphenation.SOFT_HYPHEN) >= 0) {
            last.text(whole.substring(0, wordStart) + word.replace(String.valueOf(Hyphenation.SOFT_HYPHEN), "")
                    + last.getWholeText().substring(whole.length()));
        }
    }

    private void set(Element p, float width, float indent, Map<Element, Integer> footnotes) {
        String context = width + " " + indent + " " + p.select("span.footnote").stream()
                .map(note -> footnotes.getOrDefault(note, 99)).toList();
        known.set(p, context, () -> setNow(p, width, indent, footnotes));
    }

    private void setNow(Element p, float width, float indent, Map<Element, Integer> footnotes) {
        List<Char> chars = new ArrayList<>();
        collect(p, new TextWidths.Style(false, false, false, measure.fontSize()), chars, footnotes);
        while (!chars.isEmpty() && chars.get(chars.size() - 1).kind() == Kind.SPACE) {
            Char last = chars.remove(chars.size() - 1);
            chars.add(new Char(last.node(), last.index(), last.c(), 0, Kind.DROP));
        }
        List<Char> set = chars.stream().filter(c -> c.kind() != Kind.DROP).toList();
        int[] breaks = LineOptimiser.breaks(lineItems(set), width - SAFETY, indent, spacing);
        if (breaks == null) {
            return;
        }
        apply(chars, set, breaks);
    }

    /** Walks the paragraph in reading order; footnotes leave only their call (a number) in the line. */
    private void collect(Node node, TextWidths.Style style, List<Char> out, Map<Element, Integer> footnotes) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                String whole = text.getWholeText();
                for (int i = 0; i < whole.length(); i++) {
                    char c = whole.charAt(i);
                    boolean blank = c == ' ' || c == '\n' || c == '\t' || c == '\r';
                    if (blank) {
                        boolean keep = !out.isEmpty() && lastKept(out) != Kind.SPACE && lastKept(out) != null;
                        // set as a no-break space unless a line ends there: its width is the least a word space has
                        out.add(new Char(text, i, ' ', keep ? widths.of('\u00A0', style) : 0, keep ? Kind.SPACE : Kind.DROP));
                    } else {
                        Kind kind = c == Hyphenation.SOFT_HYPHEN ? Kind.SOFT : c == '\u200B' ? Kind.ZERO
                                : c == '-' ? Kind.HARD : Kind.NONE;
                        float width = kind == Kind.SOFT || kind == Kind.ZERO ? widths.of('-', style) : widths.of(c, style);
                        out.add(new Char(text, i, c, kind == Kind.ZERO ? 0 : width, kind));
                    }
                }
            } else if (child instanceof Element e) {
                if (e.is("span.footnote")) {
                    String number = Integer.toString(footnotes.getOrDefault(e, 99));
                    float w = widths.of(number, new TextWidths.Style(false, false, false, CALL_SIZE));
                    out.add(new Char(null, -1, '1', w, Kind.NONE));
                    continue;
                }
                TextWidths.Style inner = style;
                if (e.is("em, i, cite")) {
                    inner = style.with(style.sans(), style.bold(), true, style.size());
                } else if (e.is("strong, b")) {
                    inner = style.with(style.sans(), true, style.italic(), style.size());
                } else if (e.is("code, kbd, samp")) {
                    inner = style.with(true, style.bold(), style.italic(), CODE_SIZE);
                }
                collect(e, inner, out, footnotes);
            }
        }
    }

    private static Kind lastKept(List<Char> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i).kind() != Kind.DROP) {
                return out.get(i).kind();
            }
        }
        return null;
    }

    /**
     * The characters as the optimiser sees them: boxes, spaces and the places a word may be divided. Each word is
     * looked at once, so that the time grows with the paragraph's length even for a word of 20,000 letters.
     */
    private List<LineOptimiser.Item> lineItems(List<Char> set) {
        List<LineOptimiser.Item> items = new ArrayList<>(set.size());
        int lastSpace = -1;
        for (int i = 0; i < set.size(); i++) {
            if (set.get(i).kind() == Kind.SPACE) {
                lastSpace = i;
            }
        }
        int wordStart = 0;
        while (wordStart <= set.size()) {
            int wordEnd = wordStart;
            while (wordEnd < set.size() && set.get(wordEnd).kind() != Kind.SPACE) {
                wordEnd++;
            }
            addWord(set, wordStart, wordEnd, wordStart > lastSpace, items);
            if (wordEnd < set.size()) {
                items.add(new LineOptimiser.Item(LineOptimiser.Type.SPACE, set.get(wordEnd).width(), 0, false));
            }
            wordStart = wordEnd + 1;
        }
        return items;
    }

    /**
     * The items of one word: its letters, and where it may be divided. No hyphen in an address or in the paragraph's
     * last word; a hard hyphen divides only with 2 letters before and 3 after it.
     */
    private static void addWord(List<Char> set, int from, int to, boolean lastWord, List<LineOptimiser.Item> items) {
        StringBuilder word = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            word.append(set.get(k).c());
        }
        boolean address = Hyphenation.isAddress(word.toString());
        int lettersInWord = letters(set, from, to);
        int lettersBefore = 0;
        StringBuilder left = new StringBuilder(); // the letters before a division, without soft hyphens, lower case
        for (int i = from; i < to; i++) {
            Char c = set.get(i);
            LineOptimiser.Type type = switch (c.kind()) {
                case ZERO -> LineOptimiser.Type.BREAK;
                case SOFT -> address || lastWord ? LineOptimiser.Type.BOX : LineOptimiser.Type.SOFT_HYPHEN;
                case HARD -> address || lastWord || lettersBefore < 2 || lettersInWord - lettersBefore < 3
                        ? LineOptimiser.Type.BOX : LineOptimiser.Type.HARD_HYPHEN;
                default -> LineOptimiser.Type.BOX;
            };
            float width = c.kind() == Kind.SOFT || c.kind() == Kind.ZERO ? 0 : c.width();
            float hyphen = c.kind() == Kind.SOFT ? c.width() : 0;
            boolean joint = c.kind() == Kind.HARD
                    || c.kind() == Kind.SOFT && probableJoint(left, lettersInWord - lettersBefore);
            items.add(new LineOptimiser.Item(type, width, hyphen, joint, elementEnd(set, i)));
            if (c.kind() != Kind.SOFT) {
                left.append(Character.toLowerCase(c.c()));
            }
            lettersBefore += Character.isLetter(c.c()) ? 1 : 0;
        }
    }

    /** An inline element ends after this character (or a footnote call is next to it) and a word goes on. */
    private static boolean elementEnd(List<Char> set, int i) {
        if (i + 1 >= set.size() || set.get(i + 1).kind() == Kind.SPACE) {
            return false;
        }
        Char c = set.get(i);
        Char next = set.get(i + 1);
        return c.node() == null || next.node() == null || c.node() != next.node();
    }

    private static int letters(List<Char> set, int from, int to) {
        int n = 0;
        for (int k = from; k < to && k < set.size(); k++) {
            n += Character.isLetter(set.get(k).c()) ? 1 : 0;
        }
        return n;
    }

    /**
     * A soft hyphen that probably falls on a compound joint: after a linking s that follows a typical noun ending
     * (Migrations|beratung, Verwaltungs|handeln), with at least four letters before it and four after it (a part of
     * a compound is a word: "Regeldiens|ten" is no joint). Measured with the compound list of the tests.
     */
    static boolean probableJoint(CharSequence left, int lettersAfter) {
        if (left.length() < 4 || lettersAfter < 4) {
            return false;
        }
        String tail = left.subSequence(Math.max(0, left.length() - 8), left.length()).toString()
                .toLowerCase(java.util.Locale.ROOT);
        return LINKING.stream().anyMatch(tail::endsWith);
    }

    /** Writes the chosen breaks into the text nodes and takes every other break away. */
    private static void apply(List<Char> chars, List<Char> set, int[] breaks) {
        java.util.Set<Integer> chosen = new java.util.HashSet<>();
        for (int b : breaks) {
            chosen.add(b);
        }
        Map<Char, String> replace = new IdentityHashMap<>();
        for (Char c : chars) {
            if (c.kind() == Kind.DROP) {
                replace.put(c, "");
            }
        }
        for (int i = 0; i < set.size(); i++) {
            Char c = set.get(i);
            boolean at = chosen.contains(i);
            switch (c.kind()) {
                case SPACE -> replace.put(c, at ? " " : "\u00A0");
                case SOFT -> replace.put(c, at ? String.valueOf(Hyphenation.SOFT_HYPHEN) : "");
                case ZERO -> replace.put(c, at ? "\u200B" : "");
                case HARD -> replace.put(c, at ? "-\u200B" : "-");
                default -> { }
            }
        }
        Map<TextNode, StringBuilder> texts = new IdentityHashMap<>();
        Map<TextNode, List<Char>> byNode = new IdentityHashMap<>();
        for (Char c : chars) {
            if (c.node() != null) {
                byNode.computeIfAbsent(c.node(), n -> new ArrayList<>()).add(c);
            }
        }
        byNode.forEach((node, list) -> {
            String whole = node.getWholeText();
            StringBuilder out = new StringBuilder(whole.length());
            for (Char c : list) {
                out.append(replace.getOrDefault(c, String.valueOf(whole.charAt(c.index()))));
            }
            texts.put(node, out);
        });
        texts.forEach((node, text) -> node.text(text.toString()));
    }

    /** The number of each footnote call: counted per chapter, sub-chapter and introduction, as the stylesheet does. */
    private static Map<Element, Integer> footnoteNumbers(Document doc) {
        Map<Element, Integer> numbers = new IdentityHashMap<>();
        for (Element section : doc.select("section.chapter, section.subchapter, section.introduction")) {
            int n = 0;
            for (Element note : section.select("span.footnote")) {
                if (note.closest("section.chapter, section.subchapter, section.introduction") == section) {
                    numbers.put(note, ++n);
                }
            }
        }
        return numbers;
    }
}
