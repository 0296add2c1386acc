package de.tagungsband;

import de.tagungsband.BuildListener.Stage;
import de.tagungsband.citation.CitationFiles;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.html.ExternalLoadCheck;
import de.tagungsband.html.PageRenderer;
import de.tagungsband.html.TemplateFolder;
import de.tagungsband.i18n.Messages;
import de.tagungsband.markdown.BodyRenderer;
import de.tagungsband.markdown.MarkdownLabels;
import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.model.AssetCopy;
import de.tagungsband.model.ModelBuilder;
import de.tagungsband.model.SiteModel;
import de.tagungsband.model.SitePaths;
import de.tagungsband.page.Page;
import de.tagungsband.page.PagePlanner;
import de.tagungsband.pdf.Proceedings;
import de.tagungsband.pdf.ProceedingsBuilder;
import de.tagungsband.publish.ParallelWrites;
import de.tagungsband.publish.SiteWriter;
import de.tagungsband.publish.WriteSummary;
import de.tagungsband.record.RecordReader;
import de.tagungsband.record.Records;
import de.tagungsband.search.SearchIndexBuilder;
import de.tagungsband.search.SearchIndexScript;
import de.tagungsband.source.ContentScanner;
import de.tagungsband.source.ContentSources;
import de.tagungsband.syndication.AtomFeed;
import de.tagungsband.syndication.Sitemap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
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
            Prepared prepared = prepare(options, templates.path(), clock);
            if (!prepared.diagnostics.hasErrors()) {
                render(options.withoutProceedings(), templates.path(), prepared, clock);
            }
            return new BuildResult(prepared.diagnostics.sorted(), prepared.recordCount(), 0, Optional.empty(),
                    clock.sinceStart());
        }
    }

    /** Builds the archive into {@code options.out()}; on any content error the previous output is left as it was. */
    public static BuildResult build(BuildOptions options) {
        return build(options, BuildListener.SILENT);
    }

    /** As {@link #build(BuildOptions)}, telling {@code listener} how far it got. */
    public static BuildResult build(BuildOptions options, BuildListener listener) {
        StageClock clock = new StageClock(listener);
        requireFolder(options.content(), "content");
        try (TemplateFolder templates = TemplateFolder.open(options.templates())) {
            return build(options, templates.path(), clock);
        }
    }

    private static BuildResult build(BuildOptions options, Path templates, StageClock clock) {
        Prepared prepared = prepare(options, templates, clock);
        if (prepared.diagnostics.hasErrors()) {
            return failed(prepared, clock);
        }
        Rendered rendered = render(options, templates, prepared, clock);
        if (prepared.diagnostics.hasErrors()) {
            return failed(prepared, clock);
        }
        WriteSummary summary;
        try (SiteWriter writer = SiteWriter.open(options.out())) {
            AtomicInteger done = new AtomicInteger();
            ParallelWrites.forEach(rendered.files.entrySet(), file -> {
                writer.write(file.getKey(), file.getValue());
                clock.pageWritten(done.incrementAndGet(), rendered.files.size());
            });
            ParallelWrites.forEach(rendered.copies.entrySet(), copy -> writer.copy(copy.getValue(), copy.getKey()));
            clock.finished(Stage.ASSETS, rendered.copies.size());
            summary = writer.commit();
            clock.finished(Stage.COMMIT, summary.written());
        }
        return new BuildResult(prepared.diagnostics.sorted(), prepared.recordCount(), rendered.pages.size(),
                Optional.of(summary), clock.sinceStart());
    }

    private static BuildResult failed(Prepared prepared, StageClock clock) {
        return new BuildResult(prepared.diagnostics.sorted(), prepared.recordCount(), 0, Optional.empty(), clock.sinceStart());
    }

    private static Prepared prepare(BuildOptions options, Path templates, StageClock clock) {
        Diagnostics diagnostics = new Diagnostics();
        ContentSources sources = ContentScanner.scan(options.content(), diagnostics);
        clock.finished(Stage.SCAN, sources.files().size());
        Records records = RecordReader.read(sources, diagnostics);
        clock.finished(Stage.READ, Prepared.recordCount(sources));
        SiteModel model = ModelBuilder.build(records, sources, options.includeDrafts(), diagnostics);
        clock.finished(Stage.MODEL, model.pageBySource().size());
        Messages messages = Messages.load(templates, model.site().language());
        MarkdownLabels labels = new MarkdownLabels(messages.get("footnotes.title"), messages.get("footnotes.back"),
                messages.get("heading.link"));
        Map<Path, RenderedMarkdown> bodies = BodyRenderer.renderAll(model, sources, labels, diagnostics);
        clock.finished(Stage.MARKDOWN, bodies.size());
        return new Prepared(sources, model, messages, bodies, diagnostics);
    }

    /**
     * Pages → HTML (in parallel) and the files beside them; then the last check before writing: nothing may be
     * loaded from another host.
     */
    private static Rendered render(BuildOptions options, Path templates, Prepared prepared, StageClock clock) {
        PageRenderer renderer = new PageRenderer(templates, prepared.model.site(), prepared.messages);
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        Map<String, Proceedings> proceedings = new TreeMap<>();
        if (options.proceedings()) {
            // the volumes come first: the pages name the page where each session starts in its volume
            for (ProceedingsBuilder.Volume volume : new ProceedingsBuilder(prepared.model, prepared.bodies, renderer,
                    prepared.messages, prepared.sources.root()).buildAll(prepared.diagnostics)) {
                files.put(volume.proceedings().sitePath(), volume.pdf());
                proceedings.put(volume.event().pagePath(), volume.proceedings());
            }
            clock.finished(Stage.PROCEEDINGS, proceedings.size());
        }
        List<Page> pages = new PagePlanner(prepared.model, prepared.bodies, prepared.messages, proceedings).plan();
        clock.finished(Stage.PLAN, pages.size());
        ParallelWrites.forEach(pages, page -> files.put(SitePaths.file(page.path()), renderer.render(page)));
        files.putAll(companions(pages, prepared));
        clock.finished(Stage.RENDER, pages.size());
        Map<String, Path> copies = assetCopies(templates, prepared);
        new ExternalLoadCheck(options.content(), templates, prepared.diagnostics).check(pages, files, copies);
        return new Rendered(pages, files, copies);
    }

    /** Everything written beside the pages: the search index, feed, sitemap, robots.txt and citation files. */
    private static Map<String, byte[]> companions(List<Page> pages, Prepared prepared) {
        Map<String, byte[]> files = new TreeMap<>();
        files.putAll(SearchIndexScript.write(
                new SearchIndexBuilder(prepared.model, prepared.bodies, prepared.messages).build()));
        files.put(SitePaths.FEED, AtomFeed.write(prepared.model, prepared.bodies));
        files.put(SitePaths.SITEMAP, Sitemap.write(prepared.model.site(), pages.stream().map(Page::path).toList()));
        files.put(SitePaths.ROBOTS, Sitemap.robots(prepared.model.site()));
        for (Page page : pages) {
            page.view().citable().ifPresent(work -> files.putAll(CitationFiles.of(page.path(), work)));
        }
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

    /** Everything the build would write: bytes by site path, and files to copy by site path. */
    private record Rendered(List<Page> pages, Map<String, byte[]> files, Map<String, Path> copies) {
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
