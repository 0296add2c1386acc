package de.tagungsband.markdown;

/** The few words the Markdown stage writes into a page itself, from the message bundle. */
public record MarkdownLabels(String footnotes, String backToText, String linkToSection) {
}
