package de.tagungsband.record;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The Markdown below the front matter, and the file line where it starts. It keeps the whole file's text (as UTF-8,
 * the same bytes as its {@link de.tagungsband.source.SourceFile}) and where the body begins rather than a copy of the
 * body: an archive's text is the largest part of a build's memory.
 *
 * @param fileUtf8 the text of the whole file; not changed after construction
 * @param offset where the body begins in it, in characters
 */
public record MarkdownBody(byte[] fileUtf8, int offset, int firstLine) {

    public MarkdownBody(String fileText, int offset, int firstLine) {
        this(fileText.getBytes(StandardCharsets.UTF_8), offset, firstLine);
    }

    /** A body that is a whole text of its own. */
    public MarkdownBody(String text, int firstLine) {
        this(text, 0, firstLine);
    }

    /** The Markdown (a new string each time: keep it while working with it). */
    public String text() {
        String fileText = new String(fileUtf8, StandardCharsets.UTF_8);
        return offset == 0 ? fileText : fileText.substring(offset);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MarkdownBody that && offset == that.offset && firstLine == that.firstLine
                && Arrays.equals(fileUtf8, that.fileUtf8);
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(fileUtf8) * 31 + offset) * 31 + firstLine;
    }

    @Override
    public String toString() {
        return "MarkdownBody[offset=" + offset + ", firstLine=" + firstLine + "]";
    }
}
