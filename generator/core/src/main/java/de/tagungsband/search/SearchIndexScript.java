package de.tagungsband.search;

import com.google.gson.Gson;
import de.tagungsband.model.SitePaths;

import java.nio.charset.StandardCharsets;

/**
 * The index as a script that sets one global variable. A script (not a JSON file fetched later) so that the
 * search also works when the archive is opened from disk, where browsers refuse {@code fetch} of local files.
 */
public final class SearchIndexScript {

    /** Where the index lives below the site root: beside the search page. */
    public static final String FILE = SitePaths.SEARCH + "suchindex.js";
    public static final String VARIABLE = "tagungsbandSuchindex";

    private SearchIndexScript() {
    }

    /** Gson escapes {@code <}, {@code >} and {@code &} in strings, so no text can end the script early. */
    public static byte[] write(SearchIndex index) {
        String json = new Gson().toJson(index);
        return ("window." + VARIABLE + " = " + json + ";\n").getBytes(StandardCharsets.UTF_8);
    }
}
