package de.tagungsband;

import de.tagungsband.diagnostic.Diagnostics;
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
import de.tagungsband.pdf.Proceedings;
import de.tagungsband.pdf.ProceedingsBuilder;
import de.tagungsband.publish.SiteWriter;
import de.tagungsband.publish.WriteSummary;
import de.tagungsband.record.RecordReader;
import de.tagungsband.record.Records;
import de.tagungsband.source.ContentScanner;
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
import java.util.stream.Stream;

/**
 * The core API under the command line and the Maven plugin. The pipeline reads top to bottom:
 * scan files → records → validated model → Markdown bodies → proceedings volumes (PDF) → pages → HTML → atomic write.
 */
public final class Tagungsband {

    private Tagungsband() {
    }

    /** Checks the content and writes nothing. */
    public static BuildResult check(BuildOptions options) {
        long started = System.nanoTime();
        Prepared prepared = prepare(options);
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
        PageRenderer renderer = new PageRenderer(options.templates(), prepared.model.site(), prepared.messages);
        WriteSummary summary;
        List<Page> pages;
        try (SiteWriter writer = SiteWriter.open(options.out())) {
            Map<String, Proceedings> proceedings = new TreeMap<>();
            if (options.proceedings()) {
                for (ProceedingsBuilder.Volume volume : new ProceedingsBuilder(prepared.model, prepared.bodies, renderer,
                        prepared.messages, prepared.sources.root()).buildAll()) {
                    writer.write(volume.proceedings().sitePath(), volume.pdf());
                    proceedings.put(volume.event().pagePath(), volume.proceedings());
                }
            }
            pages = new PagePlanner(prepared.model, prepared.bodies, prepared.messages, proceedings).plan();
            pages.parallelStream().forEach(page -> writer.write(SitePaths.file(page.path()), renderer.render(page)));
            copyAssets(options, prepared, writer);
            summary = writer.commit();
        }
        return new BuildResult(prepared.diagnostics.sorted(), prepared.recordCount(), pages.size(), Optional.of(summary),
                since(started));
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

    private static void copyAssets(BuildOptions options, Prepared prepared, SiteWriter writer) {
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
        copies.entrySet().parallelStream().forEach(e -> writer.copy(e.getValue(), e.getKey()));
    }

    private static void requireFolder(Path folder, String what) {
        if (!Files.isDirectory(folder)) {
            throw new UsageException("the " + what + " folder " + folder + " does not exist");
        }
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private record Prepared(ContentSources sources, SiteModel model, Messages messages,
                            Map<Path, RenderedMarkdown> bodies, Diagnostics diagnostics) {
        int recordCount() {
            return sources.events().stream().mapToInt(e -> e.records().size() + (e.eventFile().isPresent() ? 1 : 0)).sum();
        }
    }
}
