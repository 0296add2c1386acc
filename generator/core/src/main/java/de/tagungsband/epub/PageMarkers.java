package de.tagungsband.epub;

import de.tagungsband.pdf.Pagination;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the printed volume's pages begin in the EPUB: an empty {@code pagebreak} marker named after the printed page
 * number, in reading order, each page once. The volume is read back block by block (paragraph, list, table), so a
 * page that begins inside a block is marked before that block: "S. 17" leads to the paragraph that runs onto page 17.
 */
final class PageMarkers {

    /** A printed page: its number as printed, and the file and id of its marker. */
    record Mark(String label, String file, String id) {

        String href() {
            return file + "#" + id;
        }
    }

    private final Pagination pages;
    private final List<Mark> marks = new ArrayList<>();
    private int next;

    PageMarkers(Pagination pages) {
        this.pages = pages;
        this.next = pages.romanStart();
    }

    /** Markers for the pages up to {@code lastIndex} (from 0) not marked yet, to go where the reader is now. */
    List<Element> upTo(int lastIndex, String file) {
        List<Element> made = new ArrayList<>();
        for (; next <= lastIndex && next < pages.pageCount(); next++) {
            String label = pages.label(next);
            if (label.isEmpty()) {
                continue;
            }
            Mark mark = new Mark(label, file, "page-" + label);
            marks.add(mark);
            made.add(new Element("span").attr("epub:type", "pagebreak").attr("role", "doc-pagebreak")
                    .id(mark.id()).attr("aria-label", label));
        }
        return made;
    }

    /** Pages the EPUB does not have (the printed contents: the reading system shows its own) are left out. */
    void skipTo(int index) {
        next = Math.max(next, index);
    }

    List<Mark> marks() {
        return List.copyOf(marks);
    }

    /** The marker of a printed page, when it has one. */
    java.util.Optional<Mark> of(String label) {
        return marks.stream().filter(m -> m.label().equals(label)).findFirst();
    }
}
