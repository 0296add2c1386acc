package de.tagungsband.pdf;

import java.util.Map;
import java.util.Optional;

/**
 * The proceedings volume of one event, as the HTML pages refer to it.
 *
 * @param sitePath where the PDF lies below the site root
 * @param pageCount pages in the file, cover included
 * @param byteSize the file's size in bytes
 * @param startPages the page on which each chapter starts, by the page path of its session or input page
 */
public record Proceedings(String sitePath, int pageCount, long byteSize, Map<String, PageRef> startPages) {

    public Optional<PageRef> startOf(String pagePath) {
        return Optional.ofNullable(startPages.get(pagePath));
    }
}
