package de.tagungsband;

import de.tagungsband.citation.CitationFiles;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.html.ExternalLoadCheck;
import de.tagungsband.html.PageRenderer;
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
import de.tagungsband.publish.SiteWriter;
import de.tagungsband.publish.WriteSummary;
import de.tagungsband.record.RecordReader;
import de.tagungsband.record.Records;
import de.tagungsband.search.SearchIndexBuilder;
import de.tagungsband.search.SearchIndexScript;
import de.tagungsband.source.ContentScanner;
import de.tagungsband.syndication.AtomFeed;
import de.tagungsband.syndication.Sitemap;
import de.tagungsband.source.ContentSources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The core API under the command line and the Maven plugin. The pipeline reads top to bottom:
 * scan files → records → validated model → Markdown bodies → pages → HTML → atomic write.
 */
public final class Tagungsband {

    private Tagungsband() {
    }

    /** Checks the content, renders every page in memory to check what it loads, and writes nothing. */
    public static BuildResult check(BuildOptions options) {
        long started = System.nanoTime();
        Prepared prepared = prepare(options);
        if (!prepared.diagnostics.hasErrors()) {
            render(options, prepared);
        }
        return new BuildResult(prepared.diagnostics.sorted(), prepared.recordCount(), 0, Optional.empty(),
                since(started));
    }

    /** Builds the archive into {@code options.out()}; on any content error the previous output is left as it was. */
    public static BuildResult build(BuildOptions options) {
        long started = System.nanoTime();
        Prepared prepared = prepare(options);
        if (prepared.diagnostics.hasErrors()) {
            return new BuildResult(prepared.diagnostics.sorted(), prepared.recordCount(), 0, Optional.empty(), since(started));
        }
        Rendered rendered = render(options, prepared);
        if (prepared.diagnostics.hasErrors()) {
            return new BuildResult(prepared.diagnostics.sorted(), prepared.recordCount(), 0, Optional.empty(), since(started));
        }
        WriteSummary summary;
        try (SiteWriter writer = SiteWriter.open(options.out())) {
            rendered.files.entrySet().parallelStream().forEach(e -> writer.write(e.getKey(), e.getValue()));
            rendered.copies.entrySet().parallelStream().forEach(e -> writer.copy(e.getValue(), e.getKey()));
            summary = writer.commit();
        }
        return new BuildResult(prepared.diagnostics.sorted(), prepared.recordCount(), rendered.pages.size(),
                Optional.of(summary), since(started));
    }

    /**
     * Pages → HTML (in parallel) and the files beside them; then the last check before writing: nothing may be
     * loaded from another host.
     */
    private static Rendered render(BuildOptions options, Prepared prepared) {
        List<Page> pages = new PagePlanner(prepared.model, prepared.bodies, prepared.messages, Map.of()).plan();
        PageRenderer renderer = new PageRenderer(options.templates(), prepared.model.site(), prepared.messages);
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        pages.parallelStream().forEach(page -> files.put(SitePaths.file(page.path()), renderer.render(page)));
        files.putAll(companions(pages, prepared));
        Map<String, Path> copies = assetCopies(options, prepared);
        new ExternalLoadCheck(options.content(), options.templates(), prepared.diagnostics).check(pages, files, copies);
        return new Rendered(pages, files, copies);
    }

    private static Prepared prepare(BuildOptions options) {
        requireFolder(options.content(), "content");
        requireFolder(options.templates(), "templates");
        Diagnostics diagnostics = new Diagnostics();
        ContentSources sources = ContentScanner.scan(options.content(), diagnostics);
        Records records = RecordReader.read(sources, diagnostics);
        SiteModel model = ModelBuilder.build(records, sources, options.includeDrafts(), diagnostics);
        Messages messages = Messages.load(options.templates(), model.site().language());
        MarkdownLabels labels = new MarkdownLabels(messages.get("footnotes.title"), messages.get("footnotes.back"),
                messages.get("heading.link"));
        Map<Path, RenderedMarkdown> bodies = BodyRenderer.renderAll(model, sources, labels, diagnostics);
        return new Prepared(sources, model, messages, bodies, diagnostics);
    }

    /** Everything written beside the pages: the search index, feed, sitemap, robots.txt and citation files. */
    private static Map<String, byte[]> companions(List<Page> pages, Prepared prepared) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put(SearchIndexScript.FILE, SearchIndexScript.write(
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
    private static Map<String, Path> assetCopies(BuildOptions options, Prepared prepared) {
        Map<String, Path> copies = new TreeMap<>();
        Path themeAssets = options.templates().resolve("assets");
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

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Everything the build would write: bytes by site path, and files to copy by site path. */
    private record Rendered(List<Page> pages, Map<String, byte[]> files, Map<String, Path> copies) {
    }

    private record Prepared(ContentSources sources, SiteModel model, Messages messages,
                            Map<Path, RenderedMarkdown> bodies, Diagnostics diagnostics) {
        int recordCount() {
            return sources.events().stream().mapToInt(e -> e.records().size() + (e.eventFile().isPresent() ? 1 : 0)).sum();
        }
    }
}
