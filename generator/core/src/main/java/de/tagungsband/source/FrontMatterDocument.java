package de.tagungsband.source;

import java.util.Optional;

/**
 * A Markdown record split into its YAML front matter and its body.
 *
 * @param frontMatter the YAML between the {@code ---} lines
 * @param frontMatterLine line number of the first YAML line in the file
 * @param bodyOffset where the body begins in the source's text
 * @param bodyLine line number of the first body line in the file
 */
public record FrontMatterDocument(SourceFile source, String frontMatter, int frontMatterLine, int bodyOffset,
                                  int bodyLine) {

    private static final String FENCE = "---";

    /** Splits the file; empty when the file does not start with a {@code ---} line or the front matter is never closed. */
    public static Optional<FrontMatterDocument> split(SourceFile source) {
        return split(source, source.text());
    }

    /** As {@link #split(SourceFile)}, with the source's text decoded already. */
    public static Optional<FrontMatterDocument> split(SourceFile source, String text) {
        if (!text.startsWith(FENCE + "\n") && !text.equals(FENCE)) {
            return Optional.empty();
        }
        int start = FENCE.length() + 1;
        int lineNo = 2;
        int pos = start;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (line.stripTrailing().equals(FENCE)) {
                String yaml = text.substring(start, pos);
                int body = end < 0 ? text.length() : end + 1;
                return Optional.of(new FrontMatterDocument(source, yaml, 2, body, lineNo + 1));
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            lineNo++;
        }
        return Optional.empty();
    }

    /** True when the text starts with front matter that has no closing {@code ---}. */
    public static boolean hasUnclosedFrontMatter(String text) {
        return text.startsWith(FENCE + "\n") && split(null, text).isEmpty();
    }
}
