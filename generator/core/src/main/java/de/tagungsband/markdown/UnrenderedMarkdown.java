package de.tagungsband.markdown;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown that was not understood reaches the reader as it was typed: {@code ![Foto](bild 1.png)} in the middle of
 * a page and of the printed volume (both are made from this rendered text). The reader's text of every body is
 * checked for what is left of images, links and footnotes, and each place is a warning at its line.
 */
final class UnrenderedMarkdown {

    private static final List<String> MARKS = List.of("![", "](", "[^");
    /** {@code [^label]} with a label Flexmark takes for a footnote: when undefined it is reported as such already. */
    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");

    /** Fenced code blocks and code spans of the source. */
    private static final Pattern CODE = Pattern.compile("(?ms)^ {0,3}(```|~~~).*?^ {0,3}\\1[^\n]*$|(`+)[^`].*?\\2");

    private UnrenderedMarkdown() {
    }

    static void report(RenderedMarkdown rendered, String source, Path file, int firstLine, Diagnostics diagnostics) {
        String text = new String(rendered.textUtf8(), StandardCharsets.UTF_8);
        if (MARKS.stream().noneMatch(text::contains)) {
            return;
        }
        String[] lines = source.split("\n", -1);
        String prose = CODE.matcher(source).replaceAll("");
        java.util.Set<Integer> reported = new java.util.HashSet<>();
        for (String mark : MARKS) {
            int at = text.indexOf(mark);
            while (at >= 0) {
                String shown = snippet(text, at);
                int line = lineOf(lines, mark, shown);
                if (!(mark.equals("[^") && undefinedFootnote(text.substring(at), source)) && !onlyInCode(shown, source, prose)
                        && reported.add(line)) {
                    diagnostics.warning(file, firstLine + line, Text.of("markdown.unrendered", shown),
                            Text.of("markdown.unrendered.fix"));
                }
                at = text.indexOf(mark, at + mark.length());
            }
        }
    }

    /** Markdown shown as code ({@code `![Foto](bild.png)`}, a fenced block) is meant to be read as typed. */
    private static boolean onlyInCode(String shown, String source, String prose) {
        String head = shown.length() > 12 ? shown.substring(0, 12) : shown;
        return source.contains(head) && !prose.contains(head);
    }

    private static boolean undefinedFootnote(String from, String source) {
        Matcher footnote = FOOTNOTE.matcher(from);
        return footnote.lookingAt() && !source.contains("[^" + footnote.group(1) + "]:");
    }

    /** The words around the mark, as the reader would see them. */
    private static String snippet(String text, int at) {
        int start = mark(text, at);
        int end = text.indexOf(')', at);
        end = end < 0 || end - start > 80 ? Math.min(text.length(), start + 30) : end + 1;
        return text.substring(start, end).strip();
    }

    /** Where the Markdown around {@code at} begins: "![" or "[" before a "](". */
    private static int mark(String text, int at) {
        if (!text.startsWith("](", at)) {
            return at;
        }
        int open = text.lastIndexOf('[', at);
        return open < 0 || at - open > 80 ? at : open > 0 && text.charAt(open - 1) == '!' ? open - 1 : open;
    }

    /** The 0-based line of the source that holds the snippet, else the first with the mark. */
    private static int lineOf(String[] lines, String mark, String shown) {
        String head = shown.length() > 12 ? shown.substring(0, 12) : shown;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(head)) {
                return i;
            }
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(mark)) {
                return i;
            }
        }
        return 0;
    }
}
