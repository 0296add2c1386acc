/**
 * Stage 5a, the printable proceedings volume (Tagungsband) of each event, built from the model and the rendered
 * bodies before the HTML pages, so that every session page can name the page where it starts in the volume.
 *
 * <p>{@link de.tagungsband.pdf.VolumePlanner} orders the volume, {@link de.tagungsband.pdf.PrintBody} turns each
 * web fragment into print HTML, the template {@code proceedings.ftlh} lays out the book in CSS paged media,
 * {@link de.tagungsband.pdf.PdfEngine} sets it with openhtmltopdf on PDFBox, {@link de.tagungsband.pdf.Pagination}
 * reads back where chapters and contributors landed (the numbers are then written into the table of contents and
 * the contributor list, and the volume is set again), and {@link de.tagungsband.pdf.VolumeMetadata} makes the file
 * reproducible and fills in document information, XMP metadata and page labels.
 */
package de.tagungsband.pdf;
