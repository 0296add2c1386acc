package de.tagungsband;

import de.tagungsband.BuildListener.Stage;
import de.tagungsband.Tagungsband.Prepared;
import de.tagungsband.cache.BuildMemory;
import de.tagungsband.cache.BuildState;
import de.tagungsband.cache.Inputs;
import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.diagnostic.Reported;
import de.tagungsband.citation.CitationFiles;
import de.tagungsband.digest.Fingerprint;
import de.tagungsband.digest.ModelInterner;
import de.tagungsband.digest.ViewDigest;
import de.tagungsband.html.ExternalLoadCheck;
import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.model.ModelObjects;
import de.tagungsband.model.Session;
import de.tagungsband.model.SessionRevision;
import de.tagungsband.model.SiteModel;
import de.tagungsband.model.SitePaths;
import de.tagungsband.page.Page;
import de.tagungsband.page.PagePlanner;
import de.tagungsband.page.Reach;
import de.tagungsband.page.PageView;
import de.tagungsband.publish.ParallelWrites;
import de.tagungsband.publish.SiteWriter;
import de.tagungsband.publish.WriteSummary;
import de.tagungsband.record.InputRecord;
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
import de.tagungsband.syndication.Sitemap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The preview's rebuild after a save that changed only the text of records, below their front matter, or the front
 * matter of sessions. After a text edit nothing the model is made of changed, so the model, the pages and every
 * other file stay as the last build made them; the edited bodies, their pages, the search index and the feed are
 * made again. A session's new record (a new title, kind, authors, topics, inputs, order) goes into the model in
 * place of the old one ({@link SessionRevision}), and every page it can change is planned anew
 * ({@link PagePlanner#reach}); a topic page whose topic lost its last session is deleted. Page fingerprints tell
 * (as in a full build) whether a page's bytes can have changed. Anything else — an input or event record's front
 * matter, a new or deleted file, an image, settings, a template, an error — needs the full build: then this returns
 * empty and the caller builds as usual, so the result is always the site a build from scratch makes.
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
                int pageCount = edited.get().allPages().size();
                memory.keepAll(new BuildState(inputs, writer.manifest(), published.fingerprints(), Map.of(),
                        previous.records(), pageCount, published.diagnostics()));
                memory.keepLastBuild(new LastBuild(last.options(), templates, last.programAndTemplates(), last.setup(),
                        edited.get().prepared(), last.renderer(), edited.get().allPages(), published.search(),
                        last.digest(), edited.get().planner()));
                return new BuildResult(published.diagnostics(), previous.records(), pageCount,
                        Optional.of(published.summary()), clock.sinceStart());
            });
        }
    }

    /**
     * The content with the edited records' bodies rendered anew (and revised sessions in the model), and the pages
     * that can show what changed, made with them.
     *
     * @param allPages every page after the edit: the last build's but those gone, with {@code pages} in their place
     * @param gone the paths of the last build's pages that are no longer made
     * @param recordPages the pages of the edited records, whose search entries change
     * @param revisedEvents the events whose sessions' front matter changed: all their search entries may change
     *                      (they show the sessions' topics and people, and sessions may have moved)
     */
    private record Edited(Prepared prepared, Map<String, Page> pages, Map<String, Page> allPages, Set<String> gone,
                          Set<String> recordPages, Set<String> revisedEvents, PagePlanner planner) {
    }

    /** What {@link #publish} wrote, and the fingerprints, diagnostics and search index to keep for the next build. */
    private record Published(WriteSummary summary, Map<String, Fingerprint> fingerprints, List<Diagnostic> diagnostics,
                             SearchArchive search) {
    }

    /**
     * The edited records' bodies and pages. The warnings of the last build stay, but those of the old bodies, which
     * give way to the new bodies' own. A session record may also have new front matter: the model then takes the
     * new record, and every page it can change is planned anew. Empty when a body has an error, or anything else
     * changed: the full build does it and reports all.
     */
    private static Optional<Edited> edited(LastBuild last, ContentSources sources, List<RecordEdit> edits,
                                           BuildState previous) {
        Prepared before = last.prepared();
        Map<Path, Reported<RenderedMarkdown>> reported = new HashMap<>(before.reported());
        List<Diagnostic> warnings = new ArrayList<>(previous.warnings());
        Map<String, Page> pages = new HashMap<>();
        Map<String, SessionRecord> revised = new LinkedHashMap<>();
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
                Optional<SessionRecord> record = revisedSession(page, edited, warnings, last.options().includeDrafts());
                if (record.isEmpty()) {
                    return Optional.empty();
                }
                revised.put(pagePath, record.get());
            }
            Reported<RenderedMarkdown> body = edit.frontMatterChanged() && sameBody(edit, split.get()) ? old
                    : before.bodyRenderer().render(edited, new MarkdownBody(edited.text(), split.get().bodyOffset(),
                            split.get().bodyLine()), pagePath);
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
        Prepared prepared = new Prepared(sources, before.otherFiles(), before.model(), before.interner(),
                before.messages(), before.bodyRenderer(), Collections.unmodifiableMap(reported),
                Collections.unmodifiableMap(bodies), diagnostics);
        if (revised.isEmpty()) {
            return Optional.of(new Edited(prepared, pages, allPages(last, pages, Set.of()), Set.of(), recordPages,
                    Set.of(), last.planner()));
        }
        // pages made from the last build's views would still show the sessions before: all are planned anew
        if (!pages.values().stream().allMatch(page -> page.view() instanceof PageView.SessionPage)) {
            return Optional.empty();
        }
        return revised(last, prepared, revised, recordPages);
    }

    /**
     * Whether the text below the front matter is as it was, from the same line on: then so is its rendered body
     * (and what rendering it reported), which depends on nothing else of the file.
     */
    private static boolean sameBody(RecordEdit edit, FrontMatterDocument now) {
        return FrontMatterDocument.split(edit.then()).filter(then -> then.bodyLine() == now.bodyLine()
                && edit.now().text().substring(now.bodyOffset())
                        .equals(edit.then().text().substring(then.bodyOffset()))).isPresent();
    }

    /**
     * The edit after sessions' records changed ({@code revised}, by page path), made in turn: each goes into the
     * model ({@link SessionRevision}), the planner takes the new model, and the pages each reaches are planned with
     * the last planner. Empty when a revision cannot be made in place.
     */
    private static Optional<Edited> revised(LastBuild last, Prepared edited, Map<String, SessionRecord> revised,
                                            Set<String> recordPages) {
        ModelObjects objects = edited.interner().<ModelObjects>map(ModelInterner::known).orElse(ModelObjects.NEW);
        SiteModel model = edited.model();
        PagePlanner planner = last.planner();
        Reach reach = Reach.NONE;
        for (Map.Entry<String, SessionRecord> record : revised.entrySet()) {
            SiteModel now = model;
            Session session = sessionAt(now, record.getKey(), last);
            Optional<SessionRevision> revision = ownInputs(session).flatMap(inputs ->
                    SessionRevision.of(now, session, record.getValue(), inputs, edited.sources(), objects));
            if (revision.isEmpty()) {
                return Optional.empty();
            }
            PagePlanner next = PagePlanner.afterRevision(planner, revision.get(), edited.bodies());
            reach = reach.and(next.reach(revision.get(), planner));
            model = revision.get().model();
            planner = next;
        }
        for (String pagePath : recordPages) {
            reach = reach.and(Reach.session(pagePath));
        }
        PagePlanner.Replanned replanned = planner.pages(reach, last.planner());
        Map<String, Page> pages = new HashMap<>();
        replanned.pages().forEach(page -> pages.put(page.path(), page));
        return Optional.of(new Edited(new Prepared(edited.sources(), edited.otherFiles(), model, edited.interner(),
                edited.messages(), edited.bodyRenderer(), edited.reported(), edited.bodies(), edited.diagnostics()),
                pages, allPages(last, pages, replanned.gone()), replanned.gone(), recordPages, reach.events(),
                planner));
    }

    private static Map<String, Page> allPages(LastBuild last, Map<String, Page> pages, Set<String> gone) {
        Map<String, Page> all = new HashMap<>(last.pages());
        all.keySet().removeAll(gone);
        all.putAll(pages);
        return all;
    }

    /** The session at {@code pagePath} in {@code model}, which the last build's page there showed (maybe as it was). */
    private static Session sessionAt(SiteModel model, String pagePath, LastBuild last) {
        String eventPath = ((PageView.SessionPage) last.pages().get(pagePath).view()).session().eventPath();
        return model.event(eventPath).sessions().stream().filter(session -> session.pagePath().equals(pagePath))
                .findFirst().orElseThrow();
    }

    /**
     * The input records of {@code session}, read again from their files, which did not change (else the edit would
     * not be of sessions only): what they reported then is among the last build's warnings. Empty when one cannot
     * be read as an input record.
     */
    private static Optional<List<InputRecord>> ownInputs(Session session) {
        List<InputRecord> inputs = new ArrayList<>();
        for (SourceFile file : session.inputs().stream().flatMap(input -> input.source().stream()).toList()) {
            Optional<Object> read = RecordReader.record(file, new Diagnostics());
            if (read.isEmpty() || !(read.get() instanceof InputRecord input)) {
                return Optional.empty();
            }
            inputs.add(input);
        }
        return Optional.of(inputs);
    }

    /**
     * The new record of the session shown on {@code page}, read without a word of complaint (nor was the old one: its
     * warnings would stay otherwise), when it differs from the old one in what a revision can change in place: all
     * but its address (the file name) and, in a build without drafts, whether it is one.
     */
    private static Optional<SessionRecord> revisedSession(Page page, SourceFile edited, List<Diagnostic> warnings,
                                                          boolean includeDrafts) {
        if (!(page.view() instanceof PageView.SessionPage view)
                || warnings.stream().anyMatch(warning -> warning.file().equals(edited.path()))) {
            return Optional.empty();
        }
        Diagnostics own = new Diagnostics();
        Optional<Object> read = RecordReader.record(edited, own);
        SessionRecord before = view.session().record();
        return read.filter(SessionRecord.class::isInstance).map(SessionRecord.class::cast)
                .filter(after -> own.sorted().isEmpty() && after.slug().equals(before.slug())
                        && (includeDrafts || after.draft() == before.draft()));
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
        Map<String, Fingerprint> changed = new ConcurrentHashMap<>();
        ExternalLoadCheck loads = new ExternalLoadCheck(last.options().content(), templates, prepared.diagnostics());
        ViewDigest digest = new ViewDigest(Optional.of(last.digest()), Tagungsband::madeForOnePage);
        AtomicInteger rendered = new AtomicInteger();
        edited.gone().forEach(page -> fingerprints.remove(SitePaths.file(page)));
        ParallelWrites.forEach(edited.pages().values(), page -> {
            String file = SitePaths.file(page.path());
            Fingerprint fingerprint = last.setup().combine(digest.of(page));
            if (!fingerprint.equals(previous.pages().get(file))) {
                byte[] html = last.renderer().render(page);
                loads.checkPage(page, html);
                Tagungsband.writePage(page, html, writer);
                changed.put(file, fingerprint);
                rendered.incrementAndGet();
            }
        });
        fingerprints.putAll(changed);
        SearchIndexBuilder index = new SearchIndexBuilder(prepared.model(), prepared.bodies(), prepared.messages());
        Optional<SearchArchive.Update> search = edited.revisedEvents().isEmpty()
                ? last.search().update(index, edited.recordPages())
                : last.search().updateEvents(index, edited.revisedEvents(), edited.recordPages());
        if (prepared.diagnostics().hasErrors() || search.isEmpty()) {
            return Optional.empty();
        }
        search.get().written().forEach(writer::write);
        writer.write(SitePaths.FEED, AtomFeed.write(prepared.model(), prepared.bodies()));
        if (!edited.allPages().keySet().equals(last.pages().keySet())) {
            writer.write(SitePaths.SITEMAP,
                    Sitemap.write(prepared.model().site(), List.copyOf(edited.allPages().keySet())));
        }
        clock.finished(Stage.RENDER, rendered.get());

        Map<String, Path> copies = Tagungsband.assetCopies(templates, prepared);
        Map<String, Path> copiedBefore = Tagungsband.assetCopies(templates, last.prepared());
        copies.forEach((sitePath, source) -> {
            if (!copiedBefore.containsKey(sitePath)) {
                writer.copy(source, sitePath);
            }
        });
        Set<String> dropped = new HashSet<>(search.get().removed());
        for (String gone : edited.gone()) {
            dropped.add(SitePaths.file(gone));
            if (last.pages().get(gone).view().citable().isPresent()) {
                dropped.addAll(CitationFiles.paths(gone));
            }
        }
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
