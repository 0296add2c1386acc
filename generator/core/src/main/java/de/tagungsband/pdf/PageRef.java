package de.tagungsband.pdf;

/**
 * A page of a proceedings volume.
 *
 * @param page the page's place in the PDF file, from 1 (what {@code …pdf#page=N} opens)
 * @param label the number printed on the page: roman in the front matter, arabic from the first session
 */
public record PageRef(int page, String label) {
}
