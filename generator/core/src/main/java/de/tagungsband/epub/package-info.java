/**
 * Stage 5b, each proceedings volume also as EPUB 3, made from the volume as it was set (its plan and where its pages
 * begin), not from a model of its own: the same chapters, the print volume's page numbers as page-break markers and a
 * page list, footnotes as {@code epub:type="footnote"} asides, images with their alternative text, and the
 * accessibility metadata of EPUB Accessibility 1.1.
 *
 * <p>{@link de.tagungsband.epub.EpubBuilder} is the entry point; {@link de.tagungsband.epub.ChapterText} turns a
 * chapter's print HTML into XHTML, {@link de.tagungsband.epub.PageMarkers} places the printed pages,
 * {@link de.tagungsband.epub.PackageDocument} and {@link de.tagungsband.epub.Navigation} write the package and
 * navigation documents, {@link de.tagungsband.epub.EpubZip} the container.
 */
package de.tagungsband.epub;
