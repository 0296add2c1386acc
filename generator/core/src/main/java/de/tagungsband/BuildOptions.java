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

    /**
     * Options to build {@code content} into {@code out} (null for a check, which writes nothing): with the default
     * templates, without drafts, with the proceedings volumes, with the cache beside the output, not forced.
     */
    public static Builder builder(Path content, Path out) {
        return new Builder(new BuildOptions(content, null, out, false, true, true, false));
    }

    /** A builder that starts from these options. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * A builder for an archive folder laid out as {@code tagungsband init} makes it: {@code content/},
     * {@code templates/} and the output {@code site/} side by side in {@code root}.
     */
    public static Builder builder(Path root) {
        return builder(root.resolve("content"), root.resolve("site")).templates(root.resolve("templates"));
    }

    /** Builds {@link BuildOptions} one setting at a time; each setting not given keeps its default. */
    public static final class Builder {

        private Path content;
        private Path templates;
        private Path out;
        private boolean drafts;
        private boolean proceedings;
        private boolean cache;
        private boolean force;

        private Builder(BuildOptions start) {
            content = start.content;
            templates = start.templates;
            out = start.out;
            drafts = start.includeDrafts;
            proceedings = start.proceedings;
            cache = start.cache;
            force = start.force;
        }

        /** The templates folder; null for the templates built into tagungsband. */
        public Builder templates(Path folder) {
            templates = folder;
            return this;
        }

        public Builder out(Path folder) {
            out = folder;
            return this;
        }

        public Builder drafts(boolean include) {
            drafts = include;
            return this;
        }

        public Builder proceedings(boolean build) {
            proceedings = build;
            return this;
        }

        public Builder cache(boolean keep) {
            cache = keep;
            return this;
        }

        public Builder force(boolean writeIntoForeignFolder) {
            force = writeIntoForeignFolder;
            return this;
        }

        public BuildOptions build() {
            return new BuildOptions(content, templates, out, drafts, proceedings, cache, force);
        }
    }
}
