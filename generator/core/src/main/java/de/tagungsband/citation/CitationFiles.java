package de.tagungsband.citation;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The three citation files written beside a page: {@code zitation.bib}, {@code zitation.ris}, {@code zitation.json}. */
public final class CitationFiles {

    public static final String BIBTEX = "zitation.bib";
    public static final String RIS = "zitation.ris";
    public static final String CSL_JSON = "zitation.json";

    private CitationFiles() {
    }

    /** The site paths of the files {@link #of} makes for a page at {@code pagePath}. */
    public static List<String> paths(String pagePath) {
        return List.of(pagePath + BIBTEX, pagePath + RIS, pagePath + CSL_JSON);
    }

    /** The files by their site path, for a page at {@code pagePath} (a folder ending in '/'). */
    public static Map<String, byte[]> of(String pagePath, CitableWork work) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(pagePath + BIBTEX, BibTeX.write(work).getBytes(StandardCharsets.UTF_8));
        files.put(pagePath + RIS, Ris.write(work).getBytes(StandardCharsets.UTF_8));
        files.put(pagePath + CSL_JSON, CslJson.write(work).getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
