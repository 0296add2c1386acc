package de.tagungsband;

import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param content the content folder (site.yaml, people.yaml, event folders)
 * @param templates the templates folder (FreeMarker templates, i18n bundles, assets); {@code null} for the default
 *                  templates built into tagungsband (see {@link de.tagungsband.html.TemplateFolder})
 * @param out the output folder, replaced as a whole when the build succeeds
 * @param includeDrafts build records marked {@code draft: true} too
 * @param proceedings build the PDF proceedings volume of each event (the slow part of a build)
 * @param cache keep what the build made in a folder beside the output ({@code .site.cache} for {@code site}) and
 *              reuse what did not change (see {@link de.tagungsband.cache.FolderMemory})
 * @param force write into an output folder that holds files but was not made by tagungsband (see
 *              {@link de.tagungsband.publish.OutputFolder}); its files stay, only those the build makes are replaced
 */
public record BuildOptions(Path content, Path templates, Path out, boolean includeDrafts, boolean proceedings,
                           boolean cache, boolean force) {

    public BuildOptions(Path content, Path templates, Path out, boolean includeDrafts, boolean proceedings,
                        boolean cache) {
        this(content, templates, out, includeDrafts, proceedings, cache, false);
    }

    public BuildOptions(Path content, Path templates, Path out, boolean includeDrafts) {
        this(content, templates, out, includeDrafts, true, true);
    }

    public BuildOptions(Path content, Path templates, Path out, boolean includeDrafts, boolean proceedings) {
        this(content, templates, out, includeDrafts, proceedings, true);
    }

    public static BuildOptions defaults(Path root) {
        return new BuildOptions(root.resolve("content"), root.resolve("templates"), root.resolve("site"), false, true, true);
    }

    /** Options that build with the default templates built into tagungsband. */
    public static BuildOptions withDefaultTemplates(Path content, Path out, boolean includeDrafts) {
        return new BuildOptions(content, null, out, includeDrafts);
    }

    public BuildOptions withOut(Path newOut) {
        return new BuildOptions(content, templates, newOut, includeDrafts, proceedings, cache, force);
    }

    public BuildOptions withoutProceedings() {
        return new BuildOptions(content, templates, out, includeDrafts, false, cache, force);
    }

    /** Options for a build that neither reads nor writes the cache beside the output. */
    public BuildOptions withoutCache() {
        return new BuildOptions(content, templates, out, includeDrafts, proceedings, false, force);
    }

    public BuildOptions withTemplates(Path newTemplates) {
        return new BuildOptions(content, newTemplates, out, includeDrafts, proceedings, cache, force);
    }

    public BuildOptions withDrafts(boolean drafts) {
        return new BuildOptions(content, templates, out, drafts, proceedings, cache, force);
    }

    /** Options that may write into a folder tagungsband did not make (its files stay). */
    public BuildOptions withForce(boolean newForce) {
        return new BuildOptions(content, templates, out, includeDrafts, proceedings, cache, newForce);
    }
}
