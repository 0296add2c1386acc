package de.tagungsband.pdf;

import java.util.Map;
import java.util.Optional;

/**
 * A volume as it was set: its plan (the chapters' print HTML, whose blocks carry ids), where its chapters and
 * contributor mentions landed, and the pages each block of text runs over. The EPUB and the offprints take the
 * volume's page numbers from here.
 */
public record Layout(VolumePlan plan, Pagination pages, Map<String, PageSpan> blocks) {

    /** The page index (from 0) where the element with this id starts. */
    public Optional<Integer> pageOf(String id) {
        return Optional.ofNullable(pages.pageOfId().get(id));
    }

    /** The page labels of a block (first and last page it runs over). */
    public Optional<PageSpan> spanOf(String blockId) {
        return Optional.ofNullable(blocks.get(blockId));
    }
}
