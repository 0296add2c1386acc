package de.tagungsband;

import de.tagungsband.BuildListener.Stage;
import de.tagungsband.cache.BuildMemory;
import de.tagungsband.cache.BuildState;
import de.tagungsband.cache.FolderMemory;
import de.tagungsband.cache.Inputs;
import de.tagungsband.citation.CitableWork;
import de.tagungsband.citation.CitationFiles;
import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;
import de.tagungsband.diagnostic.Reported;
import de.tagungsband.digest.Fingerprint;
import de.tagungsband.digest.ModelInterner;
import de.tagungsband.digest.ViewDigest;
import de.tagungsband.html.ExternalLoadCheck;
import de.tagungsband.html.PageRenderer;
import de.tagungsband.html.TemplateFolder;
import de.tagungsband.i18n.Messages;
import de.tagungsband.markdown.BodyRenderer;
import de.tagungsband.markdown.MarkdownLabels;
import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.model.AssetCopy;
import de.tagungsband.model.Event;
import de.tagungsband.model.ModelBuilder;
import de.tagungsband.model.ModelObjects;
import de.tagungsband.model.SiteModel;
import de.tagungsband.model.SitePaths;
import de.tagungsband.page.Page;
import de.tagungsband.page.PagePlanner;
import de.tagungsband.pdf.Proceedings;
import de.tagungsband.publish.Output;
import de.tagungsband.publish.OutputFolder;
import de.tagungsband.publish.ParallelWrites;
import de.tagungsband.publish.SiteWriter;
import de.tagungsband.publish.WriteSummary;
import de.tagungsband.record.RecordReader;
import de.tagungsband.record.Records;
import de.tagungsband.search.SearchArchive;
import de.tagungsband.search.SearchIndexBuilder;
import de.tagungsband.search.SearchIndexScript;
import de.tagungsband.source.ContentScanner;
import de.tagungsband.source.ContentSources;
import de.tagungsband.source.SourceFile;
import de.tagungsband.syndication.AtomFeed;
import de.tagungsband.syndication.Sitemap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The core API under the command line, the preview server and the Maven plugin. The pipeline reads top to bottom:
 * scan files → records → validated model → Markdown bodies → proceedings volumes (PDF) → pages → HTML and
 * companion files → checks → atomic write.
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
            Prepared prepared = prepare(options, templates.path(), clock, BuildMemory.NONE, Optional.empty(),
                    Optional.empty());
            if (!prepared.diagnostics.hasErrors()) {
                render(options.withoutProceedings(), templates.path(), programAndTemplates(templates.path()), prepared,
                        clock, Output.NOWHERE, BuildState.EMPTY, BuildMemory.NONE, Optional.empty());
            }
            return new BuildResult(prepared.diagnostics.sorted(), prepared.recordCount(), 0, Optional.empty(),
                    clock.sinceStart());
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
        }
    }

    /**
     * As {@link #build(BuildOptions, BuildListener, BuildMemory)}, after a file watcher reported {@code changed}
     * (absolute paths) as all that changed since the last build with {@code memory}: a save of a record's text is
     * then rebuilt without looking at the other files (the preview). Any other change is built as usual.
     */
    public static BuildResult build(BuildOptions options, BuildListener listener, BuildMemory memory,
                                    Set<Path> changed) {
        StageClock clock = new StageClock(listener);
        requireFolder(options.content(), "content");
        OutputFolder.requireWritable(options.out(), options.content(), options.templates(), options.force());
        try (TemplateFolder templates = TemplateFolder.open(options.templates())) {
            return build(options, templates.path(), clock, memory, Optional.of(changed));
        }
    }

    private static BuildResult build(BuildOptions options, Path templates, StageClock clock, BuildMemory memory) {
        return build(options, templates, clock, memory, Optional.empty());
    }

    private static BuildResult build(BuildOptions options, Path templates, StageClock clock, BuildMemory memory,
                                     Optional<Set<Path>> changed) {
        try {
            return buildWith(options, templates, clock, memory, changed);
        } finally {
            memory.buildEnded();
        }
    }

    private static BuildResult buildWith(BuildOptions options, Path templates, StageClock clock, BuildMemory memory,
                                         Optional<Set<Path>> changed) {
        Fingerprint programAndTemplates = programAndTemplates(templates);
        Optional<LastBuild> last = memory.lastBuild().map(LastBuild.class::cast)
                .filter(build -> build.madeWith(options, templates, programAndTemplates));
        // a memory that keeps the last build lives in this process: its state is at hand, and recalled once
        Optional<BuildState> recalled = last.map(build -> memory.recall());
        // the preview after a save: when a file watcher names the saved files, only they are read again
        Optional<ContentSources> scanned = last.flatMap(build -> changed.flatMap(saved ->
                ContentScanner.rescan(build.prepared().sources(), saved, memory.files())));
        if (scanned.isPresent()) {
            clock.finished(Stage.SCAN, changed.get().size());
            // what the next build compares to find nothing changed is unknown without listing every file: it does
            // not find that then, and starts from this build instead
            Optional<BuildResult> afterSave = TextEdits.rebuild(last.get(), templates, scanned.get(), Fingerprint.NONE,
                    recalled.get(), clock, memory);
            if (afterSave.isPresent()) {
                return afterSave.get();
            }
        }
        Fingerprint inputs = inputs(options, programAndTemplates);
        Optional<BuildState.Outcome> unchanged = memory.outcome(inputs)
                .filter(outcome -> memory.holds(options.out(), outcome.outputs()));
        if (unchanged.isPresent()) {
            BuildState.Outcome outcome = unchanged.get();
            clock.finished(Stage.COMMIT, 0);
            return new BuildResult(outcome.warnings(), outcome.records(), outcome.pageCount(),
                    Optional.of(new WriteSummary(0, outcome.outputs().count(), 0)), clock.sinceStart());
        }
        BuildState previous = recalled.orElseGet(memory::recall);
        if (last.isPresent() && scanned.isEmpty()) {
            scanned = scanWithoutComplaint(options, clock, memory);
            Optional<BuildResult> afterSave = scanned
                    .filter(sources -> TextEdits.otherFiles(sources).equals(last.get().prepared().otherFiles()))
                    .flatMap(sources -> TextEdits.rebuild(last.get(), templates, sources, inputs, previous, clock,
                            memory));
            if (afterSave.isPresent()) {
                return afterSave.get();
            }
        }
        Prepared prepared = prepare(options, templates, clock, memory, scanned, last);
        if (prepared.diagnostics.hasErrors()) {
            return failed(prepared, clock);
        }
        try (SiteWriter writer = SiteWriter.open(options.out(), previous.outputs())) {
            Rendered rendered = render(options, templates, programAndTemplates, prepared, clock, writer, previous,
                    memory, last);
            if (prepared.diagnostics.hasErrors()) {
                return failed(prepared, clock);
            }
            WriteSummary summary = writer.commit();
            clock.finished(Stage.COMMIT, summary.written());
            List<Diagnostic> diagnostics = prepared.diagnostics.sorted();
            memory.keep(new BuildState(inputs, writer.manifest(), rendered.pages(), rendered.volumes(),
                    prepared.recordCount(), rendered.pageCount(), diagnostics));
            rendered.search().ifPresent(search -> memory.keepLastBuild(new LastBuild(options, templates,
                    programAndTemplates, rendered.setup(), prepared, rendered.renderer(),
                    LastBuild.byPath(rendered.planned()), search, rendered.digest(), rendered.planner())));
            return new BuildResult(diagnostics, prepared.recordCount(), rendered.pageCount(), Optional.of(summary),
                    clock.sinceStart());
        }
    }

    /** The content folder scanned, unless the scan complained (then the full build scans again and reports it). */
    private static Optional<ContentSources> scanWithoutComplaint(BuildOptions options, StageClock clock,
                                                                 BuildMemory memory) {
        Diagnostics diagnostics = new Diagnostics();
        ContentSources sources = ContentScanner.scan(options.content(), diagnostics, memory.files());
        clock.finished(Stage.SCAN, sources.files().size());
        return diagnostics.sorted().isEmpty() ? Optional.of(sources) : Optional.empty();
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
        return new BuildResult(prepared.diagnostics.sorted(), prepared.recordCount(), 0, Optional.empty(), clock.sinceStart());
    }

    /**
     * @param scanned the content folder as scanned already (without a complaint), if it was
     * @param last the last build in this process, whose model objects stand in for equal new ones
     */
    private static Prepared prepare(BuildOptions options, Path templates, StageClock clock, BuildMemory memory,
                                    Optional<ContentSources> scanned, Optional<LastBuild> last) {
        Diagnostics diagnostics = new Diagnostics();
        ContentSources sources = scanned.orElseGet(() ->
                ContentScanner.scan(options.content(), diagnostics, memory.files()));
        // only the preview starts a rebuild from this build, and only it needs to know the other files then
        Fingerprint otherFiles = memory.keepsLastBuild() ? TextEdits.otherFiles(sources) : Fingerprint.NONE;
        if (scanned.isEmpty()) {
            clock.finished(Stage.SCAN, sources.files().size());
        }
        Records records = RecordReader.read(sources, diagnostics, memory.records());
        clock.finished(Stage.READ, Prepared.recordCount(sources));
        // only a build that a rebuild starts from keeps its model objects for the next one
        Optional<ModelInterner> interner = memory.keepsLastBuild()
                ? Optional.of(new ModelInterner(last.flatMap(build -> build.prepared().interner())))
                : Optional.empty();
        SiteModel model = ModelBuilder.build(records, sources, options.includeDrafts(), diagnostics,
                interner.<ModelObjects>map(objects -> objects).orElse(ModelObjects.NEW));
        clock.finished(Stage.MODEL, model.pageBySource().size());
        Messages messages = Messages.load(templates, model.site().language());
        MarkdownLabels labels = new MarkdownLabels(messages.get("footnotes.title"), messages.get("footnotes.back"),
                messages.get("heading.link"));
        BodyRenderer bodyRenderer = new BodyRenderer(model, sources, labels, memory.bodies());
        Map<Path, Reported<RenderedMarkdown>> reported = bodyRenderer.renderAll(model);
        Map<Path, RenderedMarkdown> bodies = new HashMap<>();
        reported.forEach((path, body) -> bodies.put(path, body.reportTo(diagnostics)));
        clock.finished(Stage.MARKDOWN, bodies.size());
        return new Prepared(sources, otherFiles, model, interner, messages, bodyRenderer, reported, bodies,
                diagnostics);
    }

    /**
     * Volumes, then pages → HTML (in parallel) and the files beside them, into {@code output}. A page or volume whose
     * fingerprint equals the last build's, and whose file is still there, is kept instead of made again. Each page
     * is checked before it is written: nothing may be loaded from another host. Pages are fingerprinted only for a
     * build that keeps its state for the next one in {@code memory} (a check or a build without cache does not,
     * and a page's fingerprint takes a walk through all the data it shows); the preview also keeps what it takes to
     * start from this build ({@code last} is the one before).
     */
    private static Rendered render(BuildOptions options, Path templates, Fingerprint programAndTemplates,
                                   Prepared prepared, StageClock clock, Output output, BuildState previous,
                                   BuildMemory memory, Optional<LastBuild> last) {
        boolean remember = memory != BuildMemory.NONE;
        // no rebuild from the last build with volumes: a longer text moves page numbers that other pages show
        boolean keepForNextBuild = memory.keepsLastBuild() && !options.proceedings();
        // the search index needs the model and the bodies, not the volumes or pages: made beside them, it takes up
        // the cores that planning and the pages' last stretch leave idle; closing it waits for it, also when a volume
        // or page failed (nothing may write to the staging folder once it is removed)
        try (Background<Optional<SearchArchive>> search = Background.start("search index",
                () -> searchIndex(prepared, output, keepForNextBuild, last.map(LastBuild::search)))) {
            PageRenderer renderer = new PageRenderer(templates, prepared.model.site(), prepared.messages);
            ViewDigest digest = new ViewDigest(last.map(LastBuild::digest), Tagungsband::madeForOnePage);
            Fingerprint setup = setup(options, programAndTemplates, prepared, digest);
            Map<String, BuildState.Volume> volumes = options.proceedings()
                    ? VolumeStage.make(prepared, renderer, output, previous, setup, digest, clock) : Map.of();
            Map<String, Proceedings> proceedings = new TreeMap<>();
            volumes.forEach((event, volume) -> proceedings.put(event, volume.proceedings()));
            PagePlanner planner = new PagePlanner(prepared.model, prepared.bodies, prepared.messages, proceedings,
                    last.map(LastBuild::planner));
            List<Page> pages = planner.plan();
            clock.finished(Stage.PLAN, pages.size());
            ExternalLoadCheck externalLoads = new ExternalLoadCheck(options.content(), templates, prepared.diagnostics);
            Map<String, Fingerprint> fingerprints = new ConcurrentHashMap<>();
            AtomicInteger done = new AtomicInteger();
            AtomicInteger rendered = new AtomicInteger();
            ParallelWrites.forEach(pages, page -> {
                String file = SitePaths.file(page.path());
                Optional<Fingerprint> fingerprint = remember ? Optional.of(setup.combine(digest.of(page))) : Optional.empty();
                fingerprint.ifPresent(value -> fingerprints.put(file, value));
                List<String> made = page.view().citable().isPresent()
                        ? Stream.concat(Stream.of(file), CitationFiles.paths(page.path()).stream()).toList() : List.of(file);
                if (fingerprint.isPresent() && fingerprint.get().equals(previous.pages().get(file))
                        && made.stream().allMatch(output::intact)) {
                    made.forEach(output::keep); // the page and its citation files, all made from the view
                } else {
                    byte[] html = renderer.render(page);
                    rendered.incrementAndGet();
                    externalLoads.checkPage(page, html);
                    writePage(page, html, output);
                }
                clock.pageWritten(done.incrementAndGet(), pages.size());
            });
            Optional<SearchArchive> searchArchive = search.result();
            ParallelWrites.forEach(companions(pages, prepared).entrySet(),
                    file -> output.write(file.getKey(), file.getValue()));
            clock.finished(Stage.RENDER, rendered.get());
            Map<String, Path> copies = assetCopies(templates, prepared);
            externalLoads.checkStylesheets(copies);
            ParallelWrites.forEach(copies.entrySet(), copy -> output.copy(copy.getValue(), copy.getKey()));
            clock.finished(Stage.ASSETS, copies.size());
            return new Rendered(pages, fingerprints, volumes, setup, renderer, searchArchive, digest, planner);
        }
    }

    /** The planner's records (pages, views and their parts, citations) are made for one page each. */
    static boolean madeForOnePage(Class<?> type) {
        String made = type.getPackageName();
        return made.equals(Page.class.getPackageName()) || made.equals(CitableWork.class.getPackageName());
    }

    /** A page's HTML, and the citation files beside it when it can be cited: all made from its view. */
    static void writePage(Page page, byte[] html, Output output) {
        output.write(SitePaths.file(page.path()), html);
        page.view().citable().ifPresent(work -> CitationFiles.of(page.path(), work).forEach(output::write));
    }

    /**
     * What every page depends on besides its own data: the program, the templates, the site settings, the UI texts
     * and the options.
     */
    private static Fingerprint setup(BuildOptions options, Fingerprint programAndTemplates, Prepared prepared,
                                     ViewDigest digest) {
        return programAndTemplates.combine(digest.of(List.of(prepared.model.site(),
                new TreeMap<>(prepared.messages.asMap()), options.includeDrafts(), options.proceedings())));
    }

    /**
     * The search index into {@code output}. A process that builds again and again (the preview) keeps it as a
     * {@link SearchArchive} and updates the last one, making only the files that changed; otherwise it is made whole.
     */
    private static Optional<SearchArchive> searchIndex(Prepared prepared, Output output, boolean keep,
                                                       Optional<SearchArchive> last) {
        SearchIndexBuilder builder = new SearchIndexBuilder(prepared.model, prepared.bodies, prepared.messages);
        if (!keep) {
            ParallelWrites.forEach(SearchIndexScript.write(builder.build()).entrySet(),
                    file -> output.write(file.getKey(), file.getValue()));
            return Optional.empty();
        }
        Optional<SearchArchive.Update> update = last.flatMap(archive -> archive.updateAll(builder));
        if (update.isPresent()) {
            List<String> unchanged = update.get().archive().paths().stream()
                    .filter(path -> !update.get().written().containsKey(path)).toList();
            if (unchanged.parallelStream().allMatch(output::intact)) {
                unchanged.forEach(output::keep);
                update.get().written().forEach(output::write);
                return Optional.of(update.get().archive());
            }
        }
        SearchArchive archive = builder.archive();
        ParallelWrites.forEach(archive.files().entrySet(), file -> output.write(file.getKey(), file.getValue()));
        return Optional.of(archive);
    }

    /** Everything written beside the pages but the search index and the citation files: feed, sitemap, robots.txt. */
    private static Map<String, byte[]> companions(List<Page> pages, Prepared prepared) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put(SitePaths.FEED, AtomFeed.write(prepared.model, prepared.bodies));
        files.put(SitePaths.SITEMAP, Sitemap.write(prepared.model.site(), pages.stream().map(Page::path).toList()));
        files.put(SitePaths.ROBOTS, Sitemap.robots(prepared.model.site()));
        return files;
    }

    /** Theme assets and the content files (images, slides) the pages refer to, by their path in the site. */
    static Map<String, Path> assetCopies(Path templates, Prepared prepared) {
        Map<String, Path> copies = new TreeMap<>();
        Path themeAssets = templates.resolve("assets");
        if (Files.isDirectory(themeAssets)) {
            try (Stream<Path> files = Files.walk(themeAssets)) {
                files.filter(Files::isRegularFile).forEach(f -> copies.put(
                        SitePaths.ASSETS + themeAssets.relativize(f).toString().replace('\\', '/'), f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Stream.concat(prepared.model.assets().stream(),
                        prepared.bodies.values().stream().map(RenderedMarkdown::assets).flatMap(Collection::stream))
                .forEach((AssetCopy asset) -> copies.put(asset.sitePath(), prepared.sources.root().resolve(asset.contentPath())));
        prepared.model.site().identity().logo().ifPresent(logo ->
                copies.put(logo.sitePath(), prepared.sources.root().resolve(logo.contentPath())));
        return copies;
    }

    private static void requireFolder(Path folder, String what) {
        if (!Files.isDirectory(folder)) {
            throw new UsageException(Text.of("folder.missing." + what, folder));
        }
    }

    /**
     * What rendering made: the pages, the fingerprint of each page by file, the volumes by event, what every page
     * depends on besides its view, the renderer, and the search index to update after a save (for the preview).
     */
    private record Rendered(List<Page> planned, Map<String, Fingerprint> pages, Map<String, BuildState.Volume> volumes,
                            Fingerprint setup, PageRenderer renderer, Optional<SearchArchive> search, ViewDigest digest,
                            PagePlanner planner) {
        int pageCount() {
            return planned.size();
        }
    }

    /**
     * The content read, checked and modelled, with the records' bodies rendered (each also with what it reported).
     *
     * @param otherFiles names, sizes and times of the files that are not records (images, slides), taken when
     *                   they were listed; {@link Fingerprint#NONE} for a build no rebuild will start from
     * @param interner the model's objects, for the next build to reuse; empty for a build no rebuild starts from
     */
    record Prepared(ContentSources sources, Fingerprint otherFiles, SiteModel model, Optional<ModelInterner> interner,
                    Messages messages, BodyRenderer bodyRenderer,
                    Map<Path, Reported<RenderedMarkdown>> reported, Map<Path, RenderedMarkdown> bodies,
                    Diagnostics diagnostics) {
        int recordCount() {
            return recordCount(sources);
        }

        static int recordCount(ContentSources sources) {
            return sources.events().stream().mapToInt(e -> e.records().size() + (e.eventFile().isPresent() ? 1 : 0)).sum();
        }
    }
}
