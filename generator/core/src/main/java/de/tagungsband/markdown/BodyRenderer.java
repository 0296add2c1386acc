package de.tagungsband.markdown;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.model.Event;
import de.tagungsband.model.Input;
import de.tagungsband.model.Session;
import de.tagungsband.model.SiteModel;
import de.tagungsband.model.SitePaths;
import de.tagungsband.record.MarkdownBody;
import de.tagungsband.source.ContentSources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Renders the bodies of all records in the model in parallel, with one shared renderer. */
public final class BodyRenderer {

    private BodyRenderer() {
    }

    /** One body to render: its record, its text and the page it lands on. */
    private record Job(Path file, MarkdownBody body, String pagePath) {
    }

    public static Map<Path, RenderedMarkdown> renderAll(SiteModel model, ContentSources sources, MarkdownLabels labels,
                                                        Diagnostics diagnostics) {
        MarkdownRenderer renderer = MarkdownRenderer.create(model.site().language(), model.site().allowRawHtml(), labels);
        LinkTargets targets = new LinkTargets(sources, model.pageBySource(), model.drafts(), sitePathOfFile(model));
        return jobs(model).parallelStream().collect(Collectors.toConcurrentMap(Job::file,
                job -> renderer.render(job.body(), job.file(), job.pagePath(), targets, diagnostics)));
    }

    private static List<Job> jobs(SiteModel model) {
        List<Job> jobs = new ArrayList<>();
        for (Event event : model.events()) {
            jobs.add(new Job(event.record().source().path(), event.record().body(), event.pagePath()));
            for (Session session : event.sessions()) {
                jobs.add(new Job(session.record().source().path(), session.record().body(), session.pagePath()));
                for (Input input : session.inputs()) {
                    if (input.source().isPresent() && input.body().isPresent() && input.pagePath().isPresent()) {
                        jobs.add(new Job(input.source().get().path(), input.body().get(), input.pagePath().get()));
                    }
                }
            }
        }
        return jobs;
    }

    /** Files of an event folder are placed beside the event's page; the event folder is the path's first part. */
    private static Function<Path, String> sitePathOfFile(SiteModel model) {
        Map<Path, Event> byFolder = model.events().stream()
                .collect(Collectors.toMap(e -> e.record().folder(), Function.identity()));
        return contentPath -> {
            Event event = byFolder.get(contentPath.getName(0));
            return event == null ? contentPath.toString().replace('\\', '/')
                    : SitePaths.asset(contentPath, event.year(), event.record().slug(), event.record().folder());
        };
    }
}
