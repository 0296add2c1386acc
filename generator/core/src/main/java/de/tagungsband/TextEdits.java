package de.tagungsband;

import de.tagungsband.BuildListener.Stage;
import de.tagungsband.Tagungsband.Prepared;
import de.tagungsband.cache.BuildMemory;
import de.tagungsband.cache.BuildState;
import de.tagungsband.cache.Inputs;
import de.tagungsband.citation.CitationFiles;
import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.diagnostic.Reported;
import de.tagungsband.digest.Fingerprint;
import de.tagungsband.digest.ViewDigest;
import de.tagungsband.html.ExternalLoadCheck;
import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.model.SitePaths;
import de.tagungsband.page.Page;
import de.tagungsband.page.PagePlanner;
import de.tagungsband.publish.SiteWriter;
import de.tagungsband.publish.WriteSummary;
import de.tagungsband.record.MarkdownBody;
import de.tagungsband.search.SearchArchive;
import de.tagungsband.search.SearchIndexBuilder;
import de.tagungsband.source.ContentScanner;
import de.tagungsband.source.ContentSources;
import de.tagungsband.source.FrontMatterDocument;
import de.tagungsband.source.SourceFile;
import de.tagungsband.syndication.AtomFeed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The preview's rebuild after a save that changed only the text of records, below their front matter. Nothing the
 * model is made of changed then, so the model, the pages and every other file stay as the last build made them;
 * the edited bodies, their pages, the search index and the feed are made again. Page fingerprints tell (as in a
 * full build) whether a page's bytes can have changed. Anything else — a title, a new or deleted file, an image,
 * settings, a template, an error in the text — needs the full build: then this returns empty and the caller
 * builds as usual, so the result is always the site a build from scratch makes.
 */
final class TextEdits {

    private TextEdits() {
    }

    /**
     * The rebuild from {@code last} for the content as it is now ({@code sources}, read again whole or in part), or
     * empty when more than the text of records changed.
     *
     * @param inputs what the next build compares to find nothing changed (see {@link BuildState#inputs()})
     */
    static Optional<BuildResult> rebuild(LastBuild last, Path templates, ContentSources sources,
                                                 Fingerprint inputs, BuildState previous, StageClock clock,
                                                 BuildMemory memory) {
        BuildOptions options = last.options();
        Prepared before = last.prepared();
        Optional<List<SourceFile>> edits = sources.textEditsSince(before.sources());
        if (edits.isEmpty()) {
            return Optional.empty();
        }
        Map<Path, Reported<RenderedMarkdown>> reported = new HashMap<>(before.reported());
        List<Diagnostic> warnings = new ArrayList<>(previous.warnings());
        Map<String, Page> editedPages = new HashMap<>();
        for (SourceFile edited : edits.get()) {
            String pagePath = before.model().pageBySource().get(edited.path());
            Page page = pagePath == null ? null : last.pages().get(pagePath);
            Reported<RenderedMarkdown> old = before.reported().get(edited.path());
            Optional<FrontMatterDocument> split = FrontMatterDocument.split(edited);
            if (page == null || old == null || split.isEmpty()) {
                return Optional.empty();
            }
            Reported<RenderedMarkdown> body = before.bodyRenderer().render(edited,
                    new MarkdownBody(edited.text(), split.get().bodyOffset(), split.get().bodyLine()), pagePath);
            if (body.diagnostics().stream().anyMatch(Diagnostic::isError)) {
                return Optional.empty(); // the full build reports it with everything else
            }
            reported.put(edited.path(), body);
            old.diagnostics().forEach(warnings::remove);
            warnings.addAll(body.diagnostics());
            editedPages.put(pagePath, PagePlanner.withBody(page, body.value()));
        }
        Map<Path, RenderedMarkdown> bodies = new HashMap<>(before.bodies());
        reported.forEach((path, body) -> bodies.put(path, body.value()));
        Diagnostics diagnostics = new Diagnostics();
        warnings.forEach(diagnostics::add);
        Prepared prepared = new Prepared(sources, before.otherFiles(), before.model(), before.messages(),
                before.bodyRenderer(), Collections.unmodifiableMap(reported), Collections.unmodifiableMap(bodies),
                diagnostics);
        clock.finished(Stage.MARKDOWN, editedPages.size());

        try (SiteWriter writer = SiteWriter.open(options.out(), previous.outputs())) {
            Map<String, Fingerprint> fingerprints = new HashMap<>(previous.pages());
            ExternalLoadCheck loads = new ExternalLoadCheck(options.content(), templates, diagnostics);
            ViewDigest digest = new ViewDigest(Optional.of(last.digest()));
            int rendered = 0;
            for (Page page : editedPages.values()) {
                String file = SitePaths.file(page.path());
                Fingerprint fingerprint = last.setup().combine(digest.of(page));
                if (!fingerprint.equals(previous.pages().get(file))) {
                    byte[] html = last.renderer().render(page);
                    loads.checkPage(page, html);
                    writer.write(file, html);
                    page.view().citable().ifPresent(work -> CitationFiles.of(page.path(), work).forEach(writer::write));
                    fingerprints.put(file, fingerprint);
                    rendered++;
                }
            }
            if (diagnostics.hasErrors()) {
                return Optional.empty();
            }
            Optional<SearchArchive.Update> search = last.search().update(
                    new SearchIndexBuilder(before.model(), prepared.bodies(), before.messages()), editedPages.keySet());
            if (search.isEmpty()) {
                return Optional.empty();
            }
            search.get().written().forEach(writer::write);
            writer.write(SitePaths.FEED, AtomFeed.write(before.model(), prepared.bodies()));
            clock.finished(Stage.RENDER, rendered);

            Map<String, Path> copies = Tagungsband.assetCopies(templates, prepared);
            Map<String, Path> copiedBefore = Tagungsband.assetCopies(templates, before);
            copies.forEach((sitePath, source) -> {
                if (!copiedBefore.containsKey(sitePath)) {
                    writer.copy(source, sitePath);
                }
            });
            Set<String> dropped = new HashSet<>(search.get().removed());
            copiedBefore.keySet().stream().filter(sitePath -> !copies.containsKey(sitePath)).forEach(dropped::add);
            clock.finished(Stage.ASSETS, copies.size());
            writer.keepAllOthers(dropped);
            WriteSummary summary = writer.commit();
            clock.finished(Stage.COMMIT, summary.written());
            List<Diagnostic> sorted = diagnostics.sorted();
            memory.keepAll(new BuildState(inputs, writer.manifest(), fingerprints, Map.of(), previous.records(),
                    previous.pageCount(), sorted));
            Map<String, Page> pages = new HashMap<>(last.pages());
            pages.putAll(editedPages);
            memory.keepLastBuild(new LastBuild(options, templates, last.programAndTemplates(), last.setup(), prepared,
                    last.renderer(), pages, search.get().archive(), last.digest(), last.planner()));
            return Optional.of(new BuildResult(sorted, previous.records(), previous.pageCount(), Optional.of(summary),
                    clock.sinceStart()));
        }
    }

    /**
     * Names, sizes and times of the content files that are not records: images, slides and other files the pages
     * link to. Records are compared by their bytes instead.
     */
    static Fingerprint otherFiles(ContentSources sources) {
        Set<Path> others = new TreeSet<>();
        for (Path file : sources.files()) {
            String name = file.toString();
            if (!name.endsWith(".md") && !name.equals(ContentScanner.SITE_FILE) && !name.equals(ContentScanner.PEOPLE_FILE)) {
                others.add(file);
            }
        }
        return Inputs.files(sources.root(), others);
    }
}
