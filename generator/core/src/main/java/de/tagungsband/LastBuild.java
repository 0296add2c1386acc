package de.tagungsband;

import de.tagungsband.Tagungsband.Prepared;
import de.tagungsband.digest.Fingerprint;
import de.tagungsband.html.PageRenderer;
import de.tagungsband.digest.ViewDigest;
import de.tagungsband.page.Page;
import de.tagungsband.page.PagePlanner;
import de.tagungsband.search.SearchArchive;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the preview keeps in memory of its last successful build, for the rebuild after a save ({@link TextEdits}).
 *
 * @param templates the templates folder the pages were rendered with (built-in templates are unpacked anew for
 *                  each build when the options name none)
 * @param setup what every page depends on besides its view (see {@link Tagungsband})
 * @param pages every page by its path
 * @param digest what fingerprinted the pages, with the fingerprints of the records they reach
 * @param planner what planned the pages, with the related sessions it chose
 */
record LastBuild(BuildOptions options, Path templates, Fingerprint programAndTemplates, Fingerprint setup,
                 Prepared prepared, PageRenderer renderer, Map<String, Page> pages, SearchArchive search,
                 ViewDigest digest, PagePlanner planner) {

    static Map<String, Page> byPath(List<Page> pages) {
        Map<String, Page> byPath = new HashMap<>();
        pages.forEach(page -> byPath.put(page.path(), page));
        return byPath;
    }

    /** Whether a build with these options, program and templates may start from this one. */
    boolean madeWith(BuildOptions options, Path templates, Fingerprint programAndTemplates) {
        return this.options.equals(options) && this.templates.equals(templates)
                && this.programAndTemplates.equals(programAndTemplates);
    }
}
