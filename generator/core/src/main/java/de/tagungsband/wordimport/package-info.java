/**
 * Word in: a contribution sent as .docx becomes a draft record of an event ({@code tagungsband import}). Apache
 * POI (XWPF) reads the document; {@link de.tagungsband.wordimport.BodyReader} turns it into blocks,
 * {@link de.tagungsband.wordimport.MarkdownWriter} writes them in the archive's Markdown dialect, and
 * {@link de.tagungsband.wordimport.ImportReport} lists every decision with the paragraph it came from.
 */
package de.tagungsband.wordimport;
