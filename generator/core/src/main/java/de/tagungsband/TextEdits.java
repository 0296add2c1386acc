package de.tagungsband;

import de.tagungsband.BuildListener.Stage;
import de.tagungsband.Tagungsband.Prepared;
import de.tagungsband.cache.BuildMemory;
import de.tagungsband.cache.BuildState;
import de.tagungsband.cache.Inputs;
import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.diagnostic.Reported;
import de.tagungsband.digest.Fingerprint;
import de.tagungsband.digest.ViewDigest;
import de.tagungsband.html.ExternalLoadCheck;
import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.model.Session;
import de.tagungsband.model.SiteModel;
import de.tagungsband.model.SitePaths;
import de.tagungsband.page.Page;
import de.tagungsband.page.PagePlanner;
import de.tagungsband.page.PageView;
import de.tagungsband.publish.SiteWriter;
import de.tagungsband.publish.WriteSummary;
import de.tagungsband.record.MarkdownBody;
import de.tagungsband.record.RecordReader;
import de.tagungsband.record.SessionRecord;
import de.tagungsband.search.SearchArchive;
import de.tagungsband.search.SearchIndexBuilder;
import de.tagungsband.source.ContentScanner;
import de.tagungsband.source.ContentSources;
import de.tagungsband.source.ContentSources.RecordEdit;
import de.tagungsband.source.FrontMatterDocument;
import de.tagungsband.source.SourceFile;
import de.tagungsband.syndication.AtomFeed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The preview's rebuild after a save that changed only the text of records, below their front matter, or the title
 * or kind of sessions. After a text edit nothing the model is made of changed, so the model, the pages and every
 * other file stay as the last build made them; the edited bodies, their pages, the search index and the feed are
 * made again. A session's new record goes into the model in place of the old one ({@link SiteModel#withSessions}),
 * and every page that can show its title or kind is planned anew ({@link PagePlanner#pagesShowing}). Page fingerprints tell (as in a full build) whether
 * a page's bytes can have changed. Anything else — other front matter, a new or deleted file, an image, settings,
 * a template, an error in the text — needs the full build: then this returns empty and the caller builds as usual,
 * so the result is always the site a build from scratch makes.
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
    static Optional<BuildResult> rebuild(LastBuild last, Path templates, ContentSources sources, Fingerprint inputs,
                                         BuildState previous, StageClock clock, BuildMemory memory) {
        Optional<Edited> edited = sources.recordEditsSince(last.prepared().sources())
                .flatMap(files -> edited(last, sources, files, previous));
        if (edited.isEmpty()) {
            return Optional.empty();
        }
        clock.finished(Stage.MARKDOWN, edited.get().pages().size());
        try (SiteWriter writer = SiteWriter.open(last.options().out(), previous.outputs())) {
            return publish(last, templates, edited.get(), writer, previous, clock).map(published -> {
                memory.keepAll(new BuildState(inputs, writer.manifest(), published.fingerprints(), Map.of(),
                        previous.records(), previous.pageCount(), published.diagnostics()));
                Map<String, Page> pages = new HashMap<>(last.pages());
                pages.putAll(edited.get().pages());
                memory.keepLastBuild(new LastBuild(last.options(), templates, last.programAndTemplates(), last.setup(),
                        edited.get().prepared(), last.renderer(), pages, published.search(), last.digest(),
                        edited.get().planner()));
                return new BuildResult(published.diagnostics(), previous.records(), previous.pageCount(),
                        Optional.of(published.summary()), clock.sinceStart());
            });
        }
    }

    /**
     * The content with the edited records' bodies rendered anew (and revised sessions in the model), and the pages
     * that can show what changed, made with them.
     *
     * @param recordPages the pages of the edited records, whose search entries change
     * @param revised whether a session's front matter changed (its title or kind; then the search index's titles
     *                and kinds may change too)
     */
    private record Edited(Prepared prepared, Map<String, Page> pages, Set<String> recordPages, PagePlanner planner,
                          boolean revised) {
    }

    /** What {@link #publish} wrote, and the fingerprints, diagnostics and search index to keep for the next build. */
    private record Published(WriteSummary summary, Map<String, Fingerprint> fingerprints, List<Diagnostic> diagnostics,
                             SearchArchive search) {
    }

    /**
     * The edited records' bodies and pages. The warnings of the last build stay, but those of the old bodies, which
     * give way to the new bodies' own. A session record may also have a new title or kind (and nothing else new in
     * its front matter): the model then takes the new record, and every page that can show them is planned anew. Empty
     * when a body has an error, or anything else changed: the full build does it and reports all.
     */
    private static Optional<Edited> edited(LastBuild last, ContentSources sources, List<RecordEdit> edits,
                                           BuildState previous) {
        Prepared before = last.prepared();
        Map<Path, Reported<RenderedMarkdown>> reported = new HashMap<>(before.reported());
        List<Diagnostic> warnings = new ArrayList<>(previous.warnings());
        Map<String, Page> pages = new HashMap<>();
        Map<Session, SessionRecord> revised = new IdentityHashMap<>();
        for (RecordEdit edit : edits) {
            SourceFile edited = edit.now();
            String pagePath = before.model().pageBySource().get(edited.path());
            Page page = pagePath == null ? null : last.pages().get(pagePath);
            Reported<RenderedMarkdown> old = before.reported().get(edited.path());
            Optional<FrontMatterDocument> split = FrontMatterDocument.split(edited);
            if (page == null || old == null || split.isEmpty()) {
                return Optional.empty();
            }
            old.diagnostics().forEach(warnings::remove);
            if (edit.frontMatterChanged()) {
                Optional<SessionRecord> record = revisedSession(page, edited, warnings);
                if (record.isEmpty()) {
                    return Optional.empty();
                }
                revised.put(((PageView.SessionPage) page.view()).session(), record.get());
            }
            Reported<RenderedMarkdown> body = before.bodyRenderer().render(edited,
                    new MarkdownBody(edited.text(), split.get().bodyOffset(), split.get().bodyLine()), pagePath);
            if (body.diagnostics().stream().anyMatch(Diagnostic::isError)) {
                return Optional.empty();
            }
            reported.put(edited.path(), body);
            warnings.addAll(body.diagnostics());
            pages.put(pagePath, PagePlanner.withBody(page, body.value()));
        }
        Map<Path, RenderedMarkdown> bodies = new HashMap<>(before.bodies());
        reported.forEach((path, body) -> bodies.put(path, body.value()));
        Diagnostics diagnostics = new Diagnostics();
        warnings.forEach(diagnostics::add);
        Set<String> recordPages = Set.copyOf(pages.keySet());
        SiteModel model = before.model();
        PagePlanner planner = last.planner();
        if (!revised.isEmpty()) {
            // pages made from the last build's views would still show the old titles and kinds: all are planned anew
            if (!pages.values().stream().allMatch(page -> page.view() instanceof PageView.SessionPage)) {
                return Optional.empty();
            }
            model = model.withSessions(revised);
            planner = PagePlanner.afterRevision(planner, model, Collections.unmodifiableMap(bodies));
            pages.clear();
            for (String pagePath : recordPages) {
                Session session = ((PageView.SessionPage) last.pages().get(pagePath).view()).session();
                Session now = model.event(session.eventPath()).sessions().stream()
                        .filter(s -> s.pagePath().equals(pagePath)).findFirst().orElseThrow();
                planner.pagesShowing(now).forEach(page -> pages.put(page.path(), page));
            }
        }
        return Optional.of(new Edited(new Prepared(sources, before.otherFiles(), model, before.interner(),
                before.messages(), before.bodyRenderer(), Collections.unmodifiableMap(reported),
                Collections.unmodifiableMap(bodies), diagnostics), pages, recordPages, planner, !revised.isEmpty()));
    }

    /**
     * The new record of the session shown on {@code page}, when it differs from the old one in its title, kind and
     * text only and is read without a word of complaint (nor was the old one: its warnings would stay otherwise).
     */
    private static Optional<SessionRecord> revisedSession(Page page, SourceFile edited, List<Diagnostic> warnings) {
        if (!(page.view() instanceof PageView.SessionPage view)
                || warnings.stream().anyMatch(warning -> warning.file().equals(edited.path()))) {
            return Optional.empty();
        }
        Diagnostics own = new Diagnostics();
        Optional<Object> read = RecordReader.record(edited, own);
        SessionRecord before = view.session().record();
        return read.filter(SessionRecord.class::isInstance).map(SessionRecord.class::cast)
                .filter(after -> own.sorted().isEmpty() && after.slug().equals(before.slug())
                        && after.authors().equals(before.authors()) && after.order().equals(before.order())
                        && after.topics().equals(before.topics()) && after.inputs().equals(before.inputs())
                        && after.draft() == before.draft());
    }

    /**
     * The edited pages (those whose fingerprint changed), the search index's changed files, the feed and new images
     * into {@code writer}; everything else of the last build is kept. Empty when a page would load from another host
     * (the full build reports where).
     */
    private static Optional<Published> publish(LastBuild last, Path templates, Edited edited, SiteWriter writer,
                                               BuildState previous, StageClock clock) {
        Prepared prepared = edited.prepared();
        Map<String, Fingerprint> fingerprints = new HashMap<>(previous.pages());
        ExternalLoadCheck loads = new ExternalLoadCheck(last.options().content(), templates, prepared.diagnostics());
        ViewDigest digest = new ViewDigest(Optional.of(last.digest()), Tagungsband::madeForOnePage);
        int rendered = 0;
        for (Page page : edited.pages().values()) {
            String file = SitePaths.file(page.path());
            Fingerprint fingerprint = last.setup().combine(digest.of(page));
            if (!fingerprint.equals(previous.pages().get(file))) {
                byte[] html = last.renderer().render(page);
                loads.checkPage(page, html);
                Tagungsband.writePage(page, html, writer);
                fingerprints.put(file, fingerprint);
                rendered++;
            }
        }
        SearchIndexBuilder index = new SearchIndexBuilder(prepared.model(), prepared.bodies(), prepared.messages());
        Optional<SearchArchive.Update> search = edited.revised()
                ? last.search().updateTitlesKindsAndTexts(index, edited.recordPages())
                : last.search().update(index, edited.recordPages());
        if (prepared.diagnostics().hasErrors() || search.isEmpty()) {
            return Optional.empty();
        }
        search.get().written().forEach(writer::write);
        writer.write(SitePaths.FEED, AtomFeed.write(prepared.model(), prepared.bodies()));
        clock.finished(Stage.RENDER, rendered);

        Map<String, Path> copies = Tagungsband.assetCopies(templates, prepared);
        Map<String, Path> copiedBefore = Tagungsband.assetCopies(templates, last.prepared());
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
        return Optional.of(new Published(summary, fingerprints, prepared.diagnostics().sorted(),
                search.get().archive()));
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
