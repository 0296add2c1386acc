package de.tagungsband;

import de.tagungsband.BuildListener.Stage;
import de.tagungsband.cache.BuildMemory;
import de.tagungsband.cache.BuildState;
import de.tagungsband.cache.FolderMemory;
import de.tagungsband.cache.Inputs;
import de.tagungsband.citation.CitationFiles;
import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.digest.Fingerprint;
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
import de.tagungsband.model.SiteModel;
import de.tagungsband.model.SitePaths;
import de.tagungsband.page.Page;
import de.tagungsband.page.PagePlanner;
import de.tagungsband.pdf.Proceedings;
import de.tagungsband.pdf.ProceedingsBuilder;
import de.tagungsband.publish.Output;
import de.tagungsband.publish.ParallelWrites;
import de.tagungsband.publish.SiteWriter;
import de.tagungsband.publish.WriteSummary;
import de.tagungsband.record.RecordReader;
import de.tagungsband.record.Records;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            Prepared prepared = prepare(options, templates.path(), clock, BuildMemory.NONE);
            if (!prepared.diagnostics.hasErrors()) {
                render(options.withoutProceedings(), templates.path(), programAndTemplates(templates.path()), prepared,
                        clock, Output.NOWHERE, BuildState.EMPTY, false);
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
        try (TemplateFolder templates = TemplateFolder.open(options.templates())) {
            return build(options, templates.path(), clock, memory);
        }
    }

    private static BuildResult build(BuildOptions options, Path templates, StageClock clock, BuildMemory memory) {
        Fingerprint programAndTemplates = programAndTemplates(templates);
        Fingerprint inputs = inputs(options, programAndTemplates);
        Optional<BuildState.Outcome> unchanged = memory.outcome(inputs)
                .filter(last -> SiteWriter.holds(options.out(), last.outputs()));
        if (unchanged.isPresent()) {
            BuildState.Outcome last = unchanged.get();
            clock.finished(Stage.COMMIT, 0);
            return new BuildResult(last.warnings(), last.records(), last.pageCount(),
                    Optional.of(new WriteSummary(0, last.outputs().count(), 0)), clock.sinceStart());
        }
        BuildState previous = memory.recall();
        Prepared prepared = prepare(options, templates, clock, memory);
        if (prepared.diagnostics.hasErrors()) {
            return failed(prepared, clock);
        }
        try (SiteWriter writer = SiteWriter.open(options.out(), previous.outputs())) {
            Rendered rendered = render(options, templates, programAndTemplates, prepared, clock, writer, previous,
                    memory != BuildMemory.NONE);
            if (prepared.diagnostics.hasErrors()) {
                return failed(prepared, clock);
            }
            WriteSummary summary = writer.commit();
            clock.finished(Stage.COMMIT, summary.written());
            List<Diagnostic> diagnostics = prepared.diagnostics.sorted();
            memory.keep(new BuildState(inputs, writer.manifest(), rendered.pages(), rendered.volumes(),
                    prepared.recordCount(), rendered.pageCount(), diagnostics));
            return new BuildResult(diagnostics, prepared.recordCount(), rendered.pageCount(), Optional.of(summary),
                    clock.sinceStart());
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
        return new BuildResult(prepared.diagnostics.sorted(), prepared.recordCount(), 0, Optional.empty(), clock.sinceStart());
    }

    private static Prepared prepare(BuildOptions options, Path templates, StageClock clock, BuildMemory memory) {
        Diagnostics diagnostics = new Diagnostics();
        ContentSources sources = ContentScanner.scan(options.content(), diagnostics, memory.files());
        clock.finished(Stage.SCAN, sources.files().size());
        Records records = RecordReader.read(sources, diagnostics, memory.records());
        clock.finished(Stage.READ, Prepared.recordCount(sources));
        SiteModel model = ModelBuilder.build(records, sources, options.includeDrafts(), diagnostics);
        clock.finished(Stage.MODEL, model.pageBySource().size());
        Messages messages = Messages.load(templates, model.site().language());
        MarkdownLabels labels = new MarkdownLabels(messages.get("footnotes.title"), messages.get("footnotes.back"),
                messages.get("heading.link"));
        Map<Path, RenderedMarkdown> bodies = BodyRenderer.renderAll(model, sources, labels, diagnostics, memory.bodies());
        clock.finished(Stage.MARKDOWN, bodies.size());
        return new Prepared(sources, model, messages, bodies, diagnostics);
    }

    /**
     * Volumes, then pages → HTML (in parallel) and the files beside them, into {@code output}. A page or volume whose
     * fingerprint equals the last build's, and whose file is still there, is kept instead of made again. Each page
     * is checked before it is written: nothing may be loaded from another host. Pages are fingerprinted only when
     * {@code remember}: for a build that keeps its state for the next one (a check or a build without cache does
     * not, and a page's fingerprint takes a walk through all the data it shows).
     */
    private static Rendered render(BuildOptions options, Path templates, Fingerprint programAndTemplates,
                                   Prepared prepared, StageClock clock, Output output, BuildState previous,
                                   boolean remember) {
        PageRenderer renderer = new PageRenderer(templates, prepared.model.site(), prepared.messages);
        ViewDigest digest = new ViewDigest();
        Fingerprint setup = setup(options, programAndTemplates, prepared, digest);
        Map<String, BuildState.Volume> volumes = options.proceedings()
                ? volumes(prepared, renderer, output, previous, setup, digest, clock) : Map.of();
        Map<String, Proceedings> proceedings = new TreeMap<>();
        volumes.forEach((event, volume) -> proceedings.put(event, volume.proceedings()));
        List<Page> pages = new PagePlanner(prepared.model, prepared.bodies, prepared.messages, proceedings).plan();
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
                output.write(file, html);
                page.view().citable().ifPresent(work -> CitationFiles.of(page.path(), work).forEach(output::write));
            }
            clock.pageWritten(done.incrementAndGet(), pages.size());
        });
        ParallelWrites.forEach(companions(pages, prepared).entrySet(), file -> output.write(file.getKey(), file.getValue()));
        clock.finished(Stage.RENDER, rendered.get());
        Map<String, Path> copies = assetCopies(templates, prepared);
        externalLoads.checkStylesheets(copies);
        ParallelWrites.forEach(copies.entrySet(), copy -> output.copy(copy.getValue(), copy.getKey()));
        clock.finished(Stage.ASSETS, copies.size());
        return new Rendered(pages.size(), fingerprints, volumes);
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
     * The proceedings volumes, set in parallel; one whose content did not change since the last build is kept. They
     * come first: the pages name the page where each session starts in its volume.
     */
    private static Map<String, BuildState.Volume> volumes(Prepared prepared, PageRenderer renderer, Output output,
                                                          BuildState previous, Fingerprint setup, ViewDigest digest,
                                                          StageClock clock) {
        Map<String, BuildState.Volume> volumes = new TreeMap<>();
        Map<Event, Fingerprint> toBuild = new LinkedHashMap<>();
        for (Event event : prepared.model.events()) {
            Fingerprint input = setup.combine(volumeInput(event, prepared, digest));
            BuildState.Volume before = previous.volumes().get(event.pagePath());
            if (before != null && before.input().equals(input) && output.intact(before.proceedings().sitePath())) {
                output.keep(before.proceedings().sitePath());
                volumes.put(event.pagePath(), before);
            } else {
                toBuild.put(event, input);
            }
        }
        List<ProceedingsBuilder.Volume> built = new ProceedingsBuilder(prepared.model, prepared.bodies, renderer,
                prepared.messages, prepared.sources.root()).build(List.copyOf(toBuild.keySet()), prepared.diagnostics);
        for (ProceedingsBuilder.Volume volume : built) {
            output.write(volume.proceedings().sitePath(), volume.pdf());
            volumes.put(volume.event().pagePath(), new BuildState.Volume(toBuild.get(volume.event()), volume.proceedings()));
        }
        clock.finished(Stage.PROCEEDINGS, built.size());
        return volumes;
    }

    /**
     * The event with all it holds, its records' texts (by hash) and rendered bodies, and the bytes of the images
     * they show.
     */
    private static Fingerprint volumeInput(Event event, Prepared prepared, ViewDigest digest) {
        List<Object> parts = new ArrayList<>();
        parts.add(event);
        List<SourceFile> records = Stream.concat(Stream.of(event.record().source()), event.sessions().stream()
                .flatMap(s -> Stream.concat(Stream.of(s.record().source()), s.inputs().stream()
                        .flatMap(i -> i.source().stream())))).toList();
        for (SourceFile record : records) {
            parts.add(record.hash());
            RenderedMarkdown body = prepared.bodies.get(record.path());
            if (body != null) {
                parts.add(body);
                body.assets().stream().sorted(Comparator.comparing(AssetCopy::sitePath)).forEach(asset ->
                        parts.add(fileContent(prepared.sources.root().resolve(asset.contentPath()))));
            }
        }
        return digest.of(parts);
    }

    private static String fileContent(Path file) {
        try {
            Fingerprint content = Fingerprint.of(Files.readAllBytes(file));
            return content.high() + ":" + content.low();
        } catch (IOException e) {
            return "missing";
        }
    }

    /** Everything written beside the pages but the citation files: the search index, feed, sitemap, robots.txt. */
    private static Map<String, byte[]> companions(List<Page> pages, Prepared prepared) {
        Map<String, byte[]> files = new TreeMap<>();
        files.putAll(SearchIndexScript.write(
                new SearchIndexBuilder(prepared.model, prepared.bodies, prepared.messages).build()));
        files.put(SitePaths.FEED, AtomFeed.write(prepared.model, prepared.bodies));
        files.put(SitePaths.SITEMAP, Sitemap.write(prepared.model.site(), pages.stream().map(Page::path).toList()));
        files.put(SitePaths.ROBOTS, Sitemap.robots(prepared.model.site()));
        return files;
    }

    /** Theme assets and the content files (images, slides) the pages refer to, by their path in the site. */
    private static Map<String, Path> assetCopies(Path templates, Prepared prepared) {
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
        return copies;
    }

    private static void requireFolder(Path folder, String what) {
        if (!Files.isDirectory(folder)) {
            throw new UsageException("the " + what + " folder " + folder + " does not exist");
        }
    }

    /** What rendering made: how many pages, the fingerprint of each page by file, and the volumes by event. */
    private record Rendered(int pageCount, Map<String, Fingerprint> pages, Map<String, BuildState.Volume> volumes) {
    }

    private record Prepared(ContentSources sources, SiteModel model, Messages messages,
                            Map<Path, RenderedMarkdown> bodies, Diagnostics diagnostics) {
        int recordCount() {
            return recordCount(sources);
        }

        static int recordCount(ContentSources sources) {
            return sources.events().stream().mapToInt(e -> e.records().size() + (e.eventFile().isPresent() ? 1 : 0)).sum();
        }
    }
}
