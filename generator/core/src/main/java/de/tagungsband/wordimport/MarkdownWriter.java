package de.tagungsband.wordimport;

import de.tagungsband.wordimport.Block.Heading;
import de.tagungsband.wordimport.Block.ListItem;
import de.tagungsband.wordimport.Block.Note;
import de.tagungsband.wordimport.Block.Paragraph;
import de.tagungsband.wordimport.Block.Quote;
import de.tagungsband.wordimport.Block.Table;
import de.tagungsband.wordimport.Inline.Link;
import de.tagungsband.wordimport.Inline.NoteRef;
import de.tagungsband.wordimport.Inline.Picture;
import de.tagungsband.wordimport.Inline.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Writes imported blocks as Markdown in the archive's dialect, the one place that knows Markdown's syntax: text is
 * escaped wherever Markdown would read it as markup ({@code * _ [ ] ` < { \}, {@code #}, {@code >}, list markers and
 * fences at the start of a line, {@code |} in tables, entities); emphasis is written so that it is read back as
 * the same emphasis; foreign-language passages get {@code {lang=..}} marks.
 */
final class MarkdownWriter {

    /** Written instead of a missing alternative text; {@code check} reports it as an error. */
    static final String MISSING_ALT = "TODO: Alternativtext fehlt";

    private static final Pattern ENTITY = Pattern.compile("&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)");
    private static final Pattern LINE_START_MARKER = Pattern.compile("^(\\s*)([-+=>~#]|\\d{1,9}[.)])");
    private static final Pattern URL_UNSAFE = Pattern.compile("[\\s()<>\\\\]");

    /** The record's body: the blocks, a blank line between them (none between items of one list), then the notes. */
    static String write(List<Block> blocks, List<Note> notes, IntFunction<String> picturePaths) {
        return new MarkdownWriter(picturePaths).body(blocks, notes);
    }

    private final IntFunction<String> picturePaths;

    private MarkdownWriter(IntFunction<String> picturePaths) {
        this.picturePaths = picturePaths;
    }

    private String body(List<Block> blocks, List<Note> notes) {
        StringBuilder out = new StringBuilder();
        List<Integer> contentColumns = new ArrayList<>();
        Block previous = null;
        for (Block block : blocks) {
            boolean continuesList = block instanceof ListItem && previous instanceof ListItem;
            if (previous != null) {
                out.append(continuesList ? "\n" : "\n\n");
            }
            if (!continuesList) {
                contentColumns.clear();
            }
            if (block instanceof Heading h) {
                heading(out, h);
            } else if (block instanceof Paragraph p) {
                out.append(lineStart(inlines(p.content(), false)));
            } else if (block instanceof Quote q) {
                out.append("> ").append(lineStart(inlines(q.content(), false)));
            } else if (block instanceof ListItem item) {
                listItem(out, item, contentColumns);
            } else if (block instanceof Table table) {
                table(out, table);
            }
            previous = block;
        }
        for (Note note : notes) {
            out.append(out.isEmpty() ? "" : "\n\n").append("[^").append(note.number()).append("]: ");
            boolean first = true;
            for (List<Inline> paragraph : note.paragraphs()) {
                out.append(first ? "" : "\n\n    ").append(lineStart(inlines(paragraph, false, true)));
                first = false;
            }
        }
        return out.isEmpty() ? "" : out.append('\n').toString();
    }

    private void heading(StringBuilder out, Heading heading) {
        String text = inlines(heading.content(), false);
        // closing #s would be read as the end of the heading; a heading's own language mark stands after a space
        text = text.endsWith("#") ? text.substring(0, text.length() - 1) + "\\#" : text;
        text = text.replaceFirst("(?<! )(\\{lang=[a-z]+\\})$", " $1");
        out.append("#".repeat(Math.max(1, Math.min(6, heading.level())))).append(' ').append(text);
    }

    /**
     * An item of a list: its marker indented to the content column of its parent item, as CommonMark nests lists.
     * {@code columns} holds, per depth, where the content of the current item of that depth starts.
     */
    private void listItem(StringBuilder out, ListItem item, List<Integer> columns) {
        int depth = Math.min(item.depth(), columns.size());
        while (columns.size() > depth) {
            columns.remove(columns.size() - 1);
        }
        int indent = depth == 0 ? 0 : columns.get(depth - 1);
        String marker = item.ordered() ? "1. " : "- ";
        columns.add(indent + marker.length());
        out.append(" ".repeat(indent)).append(marker).append(lineStart(inlines(item.content(), false)));
    }

    private void table(StringBuilder out, Table table) {
        int width = table.rows().stream().mapToInt(List::size).max().orElse(1);
        for (int r = 0; r < table.rows().size(); r++) {
            List<List<Inline>> row = table.rows().get(r);
            out.append(r == 0 ? "" : "\n").append('|');
            for (int c = 0; c < width; c++) {
                String cell = c < row.size() ? inlines(row.get(c), true) : "";
                out.append(' ').append(cell.isEmpty() ? " " : cell).append(" |");
            }
            if (r == 0) {
                out.append('\n').append("|---".repeat(width)).append('|');
            }
        }
    }

    /** Inline content as Markdown on one line. */
    String inlines(List<Inline> content, boolean inTable) {
        return inlines(content, inTable, inTable);
    }

    /**
     * Inline content as Markdown on one line; with {@code spansOnly} (table cells, notes, where a block's language
     * mark is lost) text in another language is marked as a passage even when it is all the block holds.
     */
    private String inlines(List<Inline> content, boolean inTable, boolean spansOnly) {
        StringBuilder out = new StringBuilder();
        String blockLanguage = spansOnly ? null : blockLanguage(content);
        Emphasis emphasis = new Emphasis(out);
        String spanLanguage = null;
        for (Inline inline : content) {
            String language = inline instanceof Text t && blockLanguage == null ? t.language() : null;
            if (inline instanceof Text t && t.text().isBlank()) {
                language = spanLanguage; // spaces do not end a passage
            }
            if (!Objects.equals(language, spanLanguage)) {
                emphasis.to(false, false);
                if (spanLanguage != null) {
                    out.append("{lang=").append(spanLanguage).append('}');
                }
                if (language != null) {
                    out.append("{.}");
                }
                spanLanguage = language;
            }
            if (inline instanceof Text t) {
                emphasis.text(t, inTable);
            } else if (inline instanceof Link link) {
                emphasis.to(false, false);
                out.append('[').append(inlines(withoutLanguage(link.content()), inTable)).append("](")
                        .append(url(link.url())).append(')');
            } else if (inline instanceof NoteRef ref) {
                out.append("[^").append(ref.number()).append(']');
            } else if (inline instanceof Picture picture) {
                emphasis.to(false, false);
                String alt = picture.alt().isBlank() ? MISSING_ALT : escape(picture.alt().strip(), inTable);
                out.append("![").append(alt).append("](").append(url(picturePaths.apply(picture.number()))).append(')');
            }
        }
        emphasis.to(false, false);
        if (spanLanguage != null) {
            out.append("{lang=").append(spanLanguage).append('}');
        }
        String text = out.toString().strip();
        if (blockLanguage != null && !text.isEmpty()) {
            text += " {lang=" + blockLanguage + "}"; // after a space: the block's; without, the last text's
        }
        return text;
    }

    /** The language of a block all of whose text is in one foreign language, else null. */
    private static String blockLanguage(List<Inline> content) {
        String language = null;
        for (Inline inline : content) {
            if (inline instanceof Text t && !t.text().isBlank()) {
                if (t.language() == null || language != null && !language.equals(t.language())) {
                    return null;
                }
                language = t.language();
            } else if (!(inline instanceof Text || inline instanceof NoteRef)) {
                return null;
            }
        }
        return language;
    }

    private static List<Inline> withoutLanguage(List<Inline> content) {
        return content.stream().map(i -> i instanceof Text t ? new Text(t.text(), t.bold(), t.italic(), null) : i)
                .map(Inline.class::cast).toList();
    }

    /** Text as Markdown reads it literally. */
    static String escape(String text, boolean inTable) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '{', '}' -> out.append('\\').append(c);
                case '|' -> out.append(inTable ? "\\|" : "|");
                case '-' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '-' ? "-\\" : "-");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return ENTITY.matcher(out).replaceAll("\\\\&");
    }

    /** A block's first characters escaped where they would start a heading, quote, list, rule or fence. */
    private static String lineStart(String text) {
        var m = LINE_START_MARKER.matcher(text);
        if (!m.find()) {
            return text;
        }
        String marker = m.group(2);
        return marker.length() == 1 ? "\\" + text.substring(m.start(2))
                : text.substring(m.start(2), m.end(2) - 1) + "\\" + text.substring(m.end(2) - 1);
    }

    private static String url(String url) {
        return URL_UNSAFE.matcher(url).replaceAll(r -> "%" + String.format("%02X", (int) r.group().charAt(0)));
    }

    /**
     * Bold and italic opened and closed between pieces of text: {@code **} and {@code *}, which also work within a
     * word; spaces at the edges of emphasised text stay outside the markers, which Markdown requires.
     */
    private static final class Emphasis {
        private final StringBuilder out;
        private boolean bold;
        private boolean italic;

        Emphasis(StringBuilder out) {
            this.out = out;
        }

        void text(Text text, boolean inTable) {
            String raw = text.text();
            if (raw.isBlank()) {
                out.append(escape(raw, inTable));
                return;
            }
            int start = 0;
            int end = raw.length();
            while (Character.isWhitespace(raw.charAt(start))) {
                start++;
            }
            while (Character.isWhitespace(raw.charAt(end - 1))) {
                end--;
            }
            if (start > 0) {
                to(false, false);
                out.append(' ');
            }
            to(text.bold(), text.italic());
            out.append(escape(raw.substring(start, end), inTable));
            if (end < raw.length()) {
                to(false, false);
                out.append(' ');
            }
        }

        void to(boolean wantBold, boolean wantItalic) {
            if (italic && (!wantItalic || bold != wantBold)) {
                out.append('*');
                italic = false;
            }
            if (bold && !wantBold) {
                out.append("**");
                bold = false;
            }
            if (wantBold && !bold) {
                out.append("**");
                bold = true;
            }
            if (wantItalic && !italic) {
                out.append('*');
                italic = true;
            }
        }
    }
}
