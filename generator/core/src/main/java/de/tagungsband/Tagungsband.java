package de.tagungsband;

import de.tagungsband.BuildListener.Stage;
import de.tagungsband.cache.BuildMemory;
import de.tagungsband.cache.BuildState;
import de.tagungsband.cache.FolderMemory;
import de.tagungsband.cache.Inputs;
import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.digest.Fingerprint;
import de.tagungsband.html.TemplateFolder;
import de.tagungsband.i18n.Text;
import de.tagungsband.publish.Output;
import de.tagungsband.publish.OutputFolder;
import de.tagungsband.publish.SiteWriter;
import de.tagungsband.publish.WriteSummary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The core API under the command line, the preview server and the Maven plugin. One pipeline, top to bottom:
 * scan files → records → validated model → Markdown bodies ({@link Prepared}) → proceedings volumes (PDF) → pages →
 * HTML and companion files → checks ({@link Rendering}) → atomic write ({@link SiteWriter}). A build remembers what
 * it made in a {@link BuildMemory} (a folder beside the output, or the preview's memory) and the next build reuses
 * what did not change: the same pipeline, with less to do.
 */
public final class Tagungsband {

    private Tagungsband() {
    }

    /** Checks the content, renders every page in memory to check what it loads, and writes nothing. */
    public static BuildResult check(BuildOptions options) {
        return check(options, BuildListener.SILENT);
    }

    /** As {@link #check(BuildOptions)}, telling {@code listener} how far it got. */
    public static BuildResult check(BuildOptions options, BuildListener listener) {
        StageClock clock = new StageClock(listener);
        requireFolder(options.content(), "content");
        try (TemplateFolder templates = TemplateFolder.open(options.templates())) {
            Prepared prepared = Prepared.of(options, templates.path(), clock, BuildMemory.NONE);
            if (!prepared.diagnostics().hasErrors()) {
                new Rendering(options.toBuilder().proceedings(false).build(), templates.path(), programAndTemplates(templates.path()),
                        prepared, clock, Output.NOWHERE, BuildState.EMPTY, BuildMemory.NONE).render();
            }
            return new BuildResult(prepared.diagnostics().sorted(), prepared.recordCount(), 0, Optional.empty(),
                    clock.sinceStart(), drafts(prepared));
        }
    }

    /** Builds the archive into {@code options.out()}; on any content error the previous output is left as it was. */
    public static BuildResult build(BuildOptions options) {
        return build(options, BuildListener.SILENT);
    }

    /**
     * As {@link #build(BuildOptions)}, telling {@code listener} how far it got. With {@link BuildOptions#cache()}
     * the build remembers what it made in a folder beside the output and the next build reuses it.
     */
    public static BuildResult build(BuildOptions options, BuildListener listener) {
        return build(options, listener, options.cache() ? FolderMemory.beside(options.out()) : BuildMemory.NONE);
    }

    /** As {@link #build(BuildOptions, BuildListener)}, remembering in {@code memory} (the preview keeps it in memory). */
    public static BuildResult build(BuildOptions options, BuildListener listener, BuildMemory memory) {
        StageClock clock = new StageClock(listener);
        requireFolder(options.content(), "content");
        OutputFolder.requireWritable(options.out(), options.content(), options.templates(), options.force());
        try (TemplateFolder templates = TemplateFolder.open(options.templates())) {
            return build(options, templates.path(), clock, memory);
        } finally {
            memory.buildEnded();
        }
    }

    private static BuildResult build(BuildOptions options, Path templates, StageClock clock, BuildMemory memory) {
        Fingerprint programAndTemplates = programAndTemplates(templates);
        Fingerprint inputs = inputs(options, programAndTemplates);
        Optional<BuildState.Outcome> unchanged = memory.outcome(inputs)
                .filter(outcome -> memory.holds(options.out(), outcome.outputs()));
        if (unchanged.isPresent()) {
            BuildState.Outcome outcome = unchanged.get();
            clock.finished(Stage.COMMIT, 0);
            return new BuildResult(outcome.warnings(), outcome.records(), outcome.pageCount(),
                    Optional.of(new WriteSummary(0, outcome.outputs().count(), 0)), clock.sinceStart(),
                    outcome.drafts().stream().map(Path::of).toList());
        }
        BuildState previous = memory.recall();
        Prepared prepared = Prepared.of(options, templates, clock, memory);
        if (prepared.diagnostics().hasErrors()) {
            return failed(prepared, clock);
        }
        try (SiteWriter writer = SiteWriter.open(options.out(), previous.outputs())) {
            Rendering.Rendered rendered = new Rendering(options, templates, programAndTemplates, prepared, clock,
                    writer, previous, memory).render();
            if (prepared.diagnostics().hasErrors()) {
                return failed(prepared, clock);
            }
            WriteSummary summary = writer.commit();
            clock.finished(Stage.COMMIT, summary.written());
            List<Diagnostic> diagnostics = prepared.diagnostics().sorted();
            List<Path> drafts = drafts(prepared);
            memory.keep(new BuildState(inputs, writer.manifest(), rendered.fingerprints(), rendered.volumes(),
                    prepared.recordCount(), rendered.pages().size(), diagnostics,
                    drafts.stream().map(p -> p.toString().replace('\\', '/')).toList()));
            return new BuildResult(diagnostics, prepared.recordCount(), rendered.pages().size(), Optional.of(summary),
                    clock.sinceStart(), drafts);
        }
    }

    /** The program (its jar or classes) and the bytes of the templates: what every page and volume is made with. */
    private static Fingerprint programAndTemplates(Path templates) {
        return Inputs.program().combine(Inputs.contents(templates));
    }

    /** What the build reads, as far as it can be told without reading it: program, options, file names and times. */
    private static Fingerprint inputs(BuildOptions options, Fingerprint programAndTemplates) {
        return programAndTemplates.combine(Inputs.folders(List.of(options.content())))
                .combine(Fingerprint.of(List.of(options.includeDrafts(), options.proceedings(),
                        options.out().toAbsolutePath().normalize()).toString()));
    }

    private static BuildResult failed(Prepared prepared, StageClock clock) {
        return new BuildResult(prepared.diagnostics().sorted(), prepared.recordCount(), 0, Optional.empty(),
                clock.sinceStart(), drafts(prepared));
    }

    /** The records left out as drafts, in the order of their paths. */
    private static List<Path> drafts(Prepared prepared) {
        return prepared.model().drafts().stream()
                .sorted(java.util.Comparator.comparing(p -> p.toString().replace('\\', '/'))).toList();
    }

    private static void requireFolder(Path folder, String what) {
        if (!Files.isDirectory(folder)) {
            throw new UsageException(Text.of("folder.missing." + what, folder));
        }
    }
}
