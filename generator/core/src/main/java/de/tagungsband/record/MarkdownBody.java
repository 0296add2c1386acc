package de.tagungsband.record;

/**
 * The Markdown below the front matter, and the file line where it starts. It keeps the whole file's text and where
 * the body begins rather than a copy of the body: an archive's text is the largest part of a build's memory.
 *
 * @param fileText the text of the whole file
 * @param offset where the body begins in it
 */
public record MarkdownBody(String fileText, int offset, int firstLine) {

    /** A body that is a whole text of its own. */
    public MarkdownBody(String text, int firstLine) {
        this(text, 0, firstLine);
    }

    /** The Markdown (a new string each time: keep it while working with it). */
    public String text() {
        return offset == 0 ? fileText : fileText.substring(offset);
    }
}
