package de.tagungsband.record;

/** The Markdown below the front matter, and the file line where it starts. */
public record MarkdownBody(String text, int firstLine) {
}
