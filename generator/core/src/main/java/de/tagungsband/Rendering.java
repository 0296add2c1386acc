package de.tagungsband;

import de.tagungsband.BuildListener.Stage;
import de.tagungsband.cache.BuildMemory;
import de.tagungsband.cache.BuildState;
import de.tagungsband.citation.CitableWork;
import de.tagungsband.citation.CitationFiles;
import de.tagungsband.digest.Fingerprint;
import de.tagungsband.digest.ViewDigest;
import de.tagungsband.html.AttachmentCheck;
import de.tagungsband.html.ExternalLoadCheck;
import de.tagungsband.html.PageRenderer;
import de.tagungsband.markdown.BodyHtml;
import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.record.SessionRecord;
import de.tagungsband.model.SitePaths;
import de.tagungsband.record.Identity;
import de.tagungsband.page.Page;
import de.tagungsband.page.PagePlanner;
import de.tagungsband.pdf.Proceedings;
import de.tagungsband.publish.Output;
import de.tagungsband.publish.ParallelWrites;
import de.tagungsband.search.SearchIndexBuilder;
import de.tagungsband.search.SearchIndexScript;
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
 * The later stages of a build: proceedings volumes, then pages → HTML (in parallel), the search index and the files
 * beside the pages, into an {@link Output}. A page or volume whose fingerprint equals the last build's, and whose
 * file is still there, is kept instead of made again; every other file is written, and the output writes only
 * bytes that changed. Before anything is written the templates and each rendered page's body are checked: nothing
 * may be loaded from another host.
 *
 * @param memory what earlier builds made; with {@link BuildMemory#NONE} (a check or a build without memory) the pages
 *               are not fingerprinted for the next build: a page's fingerprint takes a walk through all the data it
 *               shows
 */
record Rendering(BuildOptions options, Path templates, Fingerprint programAndTemplates, Prepared prepared,
                 StageClock clock, Output output, BuildState previous, BuildMemory memory) {

    /** What rendering made: the pages, the fingerprint of each page by file, and the volumes by event. */
    record Rendered(List<Page> pages, Map<String, Fingerprint> fingerprints, Map<String, BuildState.Volume> volumes) {
    }

    Rendered render() {
        // the search index needs the model and the bodies, not the volumes or pages: made beside them, it takes up
        // the cores that planning and the pages' last stretch leave idle; closing it waits for it, also when a volume
        // or page failed (nothing may write to the staging folder once it is removed)
        try (Background<Void> search = Background.start("search index", this::searchIndex)) {
            PageRenderer renderer = new PageRenderer(templates, prepared.model().site(), prepared.messages());
            ViewDigest digest = new ViewDigest(Rendering::madeForOnePage, Rendering::outlivesBuild,
                    memory.fingerprints());
            Fingerprint setup = setup(digest);
            Map<String, BuildState.Volume> volumes = options.proceedings()
                    ? VolumeStage.make(prepared, renderer, output, previous, setup, digest, clock) : Map.of();
            Map<String, Proceedings> proceedings = new TreeMap<>();
            volumes.forEach((event, volume) -> proceedings.put(event, volume.proceedings()));
            List<Page> pages = new PagePlanner(prepared.model(), prepared.bodies(), prepared.messages(), proceedings)
                    .plan();
            clock.finished(Stage.PLAN, pages.size());
            ExternalLoadCheck externalLoads = new ExternalLoadCheck(options.content(), templates,
                    prepared.diagnostics());
            externalLoads.checkTemplates();
            Map<String, Fingerprint> fingerprints = new ConcurrentHashMap<>();
            AtomicInteger done = new AtomicInteger();
            AtomicInteger rendered = new AtomicInteger();
            ParallelWrites.forEach(pages, page -> {
                String file = SitePaths.file(page.path());
                Optional<Fingerprint> fingerprint = memory != BuildMemory.NONE ? Optional.of(setup.combine(digest.of(page)))
                        : Optional.empty();
                fingerprint.ifPresent(value -> fingerprints.put(file, value));
                List<String> made = page.view().citable().isPresent()
                        ? Stream.concat(Stream.of(file), CitationFiles.paths(page.path()).stream()).toList()
                        : List.of(file);
                if (fingerprint.isPresent() && fingerprint.get().equals(previous.pages().get(file))
                        && made.stream().allMatch(output::intact)) {
                    made.forEach(output::keep); // the page and its citation files, all made from the view
                } else {
                    byte[] html = renderer.render(page);
                    rendered.incrementAndGet();
                    externalLoads.checkPage(page);
                    output.write(file, html);
                    page.view().citable().ifPresent(work -> CitationFiles.of(page.path(), work).forEach(output::write));
                }
                clock.pageWritten(done.incrementAndGet(), pages.size());
            });
            search.result();
            ParallelWrites.forEach(companions(pages).entrySet(), file -> output.write(file.getKey(), file.getValue()));
            clock.finished(Stage.RENDER, rendered.get());
            Map<String, Path> copies = assetCopies();
            externalLoads.checkStylesheets(copies, memory.stylesheets());
            AttachmentCheck.check(copies, prepared.sources().root(), prepared.model().site().htmlAttachments(),
                    prepared.diagnostics());
            ParallelWrites.forEach(copies.entrySet(), copy -> output.copy(copy.getValue(), copy.getKey()));
            clock.finished(Stage.ASSETS, copies.size());
            return new Rendered(pages, fingerprints, volumes);
        }
    }

    /** The planner's records (pages, views and their parts, citations) are made for one page each. */
    static boolean madeForOnePage(Class<?> type) {
        String made = type.getPackageName();
        return made.equals(Page.class.getPackageName()) || made.equals(CitableWork.class.getPackageName());
    }

    /**
     * Records read from files and bodies rendered from Markdown are the same objects in the next build when their
     * file did not change (the memory hands them out again); everything the model builds from them is made anew.
     */
    static boolean outlivesBuild(Class<?> type) {
        String made = type.getPackageName();
        return made.equals(SessionRecord.class.getPackageName()) || made.equals(BodyHtml.class.getPackageName());
    }

    /**
     * What every page depends on besides its own data: the program, the templates, the site settings, the UI texts
     * and the options.
     */
    private Fingerprint setup(ViewDigest digest) {
        return programAndTemplates.combine(digest.of(List.of(prepared.model().site(),
                new TreeMap<>(prepared.messages().asMap()), options.includeDrafts(), options.proceedings())));
    }

    /**
     * The search index, made whole from the entries' words and files that the memory does not hold already; the
     * output writes only its files whose bytes changed.
     */
    private Void searchIndex() {
        SearchIndexBuilder builder = new SearchIndexBuilder(prepared.model(), prepared.bodies(), prepared.messages());
        ParallelWrites.forEach(SearchIndexScript.write(builder.build(memory.searchEntries()), memory.searchFiles())
                .entrySet(), file -> output.write(file.getKey(), file.getValue()));
        return null;
    }

    /** Everything written beside the pages but the search index and the citation files: feed, sitemap, robots.txt. */
    private Map<String, byte[]> companions(List<Page> pages) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put(SitePaths.FEED, AtomFeed.write(prepared.model(), prepared.bodies()));
        files.put(SitePaths.SITEMAP, Sitemap.write(prepared.model().site(), pages.stream().map(Page::path).toList()));
        files.put(SitePaths.ROBOTS, Sitemap.robots(prepared.model().site()));
        return files;
    }

    /** The funders' logos of site.yaml's and the events' funding notices. */
    private Stream<Identity.Logo> fundingLogos() {
        return Stream.concat(prepared.model().site().fundingNotice().stream(),
                        prepared.model().events().stream().flatMap(e -> e.record().fundingNotice().stream()))
                .flatMap(notice -> notice.logo().stream());
    }

    /** Theme assets and the content files (images, slides) the pages refer to, by their path in the site. */
    private Map<String, Path> assetCopies() {
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
        Stream.concat(prepared.model().assets().stream(),
                        prepared.bodies().values().stream().map(RenderedMarkdown::assets).flatMap(Collection::stream))
                .forEach(asset -> copies.put(asset.sitePath(), prepared.sources().root().resolve(asset.contentPath())));
        Stream.concat(prepared.model().site().identity().logo().stream(), fundingLogos())
                .forEach(logo -> copies.put(logo.sitePath(), prepared.sources().root().resolve(logo.contentPath())));
        return copies;
    }
}
