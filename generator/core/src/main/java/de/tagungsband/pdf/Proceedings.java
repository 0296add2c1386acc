package de.tagungsband.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The proceedings volume of one event, as the HTML pages refer to it, with the other forms made from it.
 *
 * @param sitePath where the PDF lies below the site root
 * @param pageCount pages in the file, cover included
 * @param byteSize the file's size in bytes
 * @param startPages the page on which each chapter starts, by the page path of its session or input page
 * @param epub the same volume as EPUB 3, when it is made
 * @param offprints each chapter's offprint (Sonderdruck), by the page path of its session or input page
 * @param printEdition the print shop's files (book block, cover), when site.yaml asks for them
 */
public record Proceedings(String sitePath, int pageCount, long byteSize, Map<String, PageRef> startPages,
                          Optional<Download> epub, Map<String, Download> offprints, List<Download> printEdition) {

    public Proceedings {
        startPages = Map.copyOf(startPages);
        offprints = Map.copyOf(offprints);
        printEdition = List.copyOf(printEdition);
    }

    /** The PDF alone. */
    public Proceedings(String sitePath, int pageCount, long byteSize, Map<String, PageRef> startPages) {
        this(sitePath, pageCount, byteSize, startPages, Optional.empty(), Map.of(), List.of());
    }

    public Optional<PageRef> startOf(String pagePath) {
        return Optional.ofNullable(startPages.get(pagePath));
    }

    public Optional<Download> offprintOf(String pagePath) {
        return Optional.ofNullable(offprints.get(pagePath));
    }

    public Proceedings withEpub(Download file) {
        return new Proceedings(sitePath, pageCount, byteSize, startPages, Optional.of(file), offprints, printEdition);
    }

    public Proceedings withOffprints(Map<String, Download> files) {
        return new Proceedings(sitePath, pageCount, byteSize, startPages, epub, files, printEdition);
    }

    public Proceedings withPrintEdition(List<Download> files) {
        return new Proceedings(sitePath, pageCount, byteSize, startPages, epub, offprints, files);
    }

    /** Every file of the volume: the PDF, then the EPUB, the offprints and the print shop's files. */
    public List<String> files() {
        List<String> files = new ArrayList<>();
        files.add(sitePath);
        epub.ifPresent(e -> files.add(e.sitePath()));
        offprints.values().stream().map(Download::sitePath).sorted().forEach(files::add);
        printEdition.forEach(p -> files.add(p.sitePath()));
        return files;
    }
}
