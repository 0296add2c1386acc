package de.tagungsband.markdown;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.diagnostic.Reported;
import de.tagungsband.digest.Fingerprint;
import de.tagungsband.digest.ViewDigest;
import de.tagungsband.model.Event;
import de.tagungsband.model.Input;
import de.tagungsband.model.Session;
import de.tagungsband.model.SiteModel;
import de.tagungsband.model.SitePaths;
import de.tagungsband.record.MarkdownBody;
import de.tagungsband.source.ContentSources;
import de.tagungsband.source.SourceFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders the bodies of all records in the model in parallel, with one shared renderer. A body rendered by an
 * earlier build from the same file, for the same page and with the same link targets, is taken from the
 * {@link BodyMemory} instead, with the warnings it had.
 */
public final class BodyRenderer {

    private final MarkdownRenderer renderer;
    private final LinkTargets targets;
    private final Fingerprint context;
    private final BodyMemory memory;

    /** The renderer for the bodies of {@code model}'s records, with what their links may point to. */
    public BodyRenderer(SiteModel model, ContentSources sources, MarkdownLabels labels, BodyMemory memory) {
        this.renderer = MarkdownRenderer.create(model.site().language(), model.site().allowRawHtml(), labels);
        this.targets = new LinkTargets(sources, model.pageBySource(), model.drafts(), sitePathOfFile(model));
        this.context = context(model, sources, labels);
        this.memory = memory;
    }

    /** One body to render: its record, its text and the page it lands on. */
    private record Job(SourceFile file, MarkdownBody body, String pagePath) {
    }

    /**
     * Bodies of earlier builds, with what rendering them reported, by {@link Fingerprint} of their input;
     * {@link #remember} hears about new ones.
     */
    public interface BodyMemory {
        BodyMemory NONE = new BodyMemory() {
        };

        default Optional<Reported<RenderedMarkdown>> recall(Fingerprint input) {
            return Optional.empty();
        }

        default void remember(Fingerprint input, Reported<RenderedMarkdown> body) {
        }
    }

    public static Map<Path, RenderedMarkdown> renderAll(SiteModel model, ContentSources sources, MarkdownLabels labels,
                                                        Diagnostics diagnostics) {
        Map<Path, RenderedMarkdown> bodies = new HashMap<>();
        new BodyRenderer(model, sources, labels, BodyMemory.NONE).renderAll(model)
                .forEach((path, body) -> bodies.put(path, body.reportTo(diagnostics)));
        return bodies;
    }

    /** The bodies of all records of the model, rendered in parallel, with what each reported, by record path. */
    public Map<Path, Reported<RenderedMarkdown>> renderAll(SiteModel model) {
        return jobs(model).parallelStream().collect(Collectors.toConcurrentMap(job -> job.file().path(), this::render));
    }

    private Reported<RenderedMarkdown> render(Job job) {
        Fingerprint input = context.combine(Fingerprint.of(Fingerprint.stream().putString(job.file().path().toString())
                .putString(job.file().hash()).putString(job.pagePath()).putInt(job.body().firstLine()).get()));
        Optional<Reported<RenderedMarkdown>> remembered = memory.recall(input);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        Reported<RenderedMarkdown> rendered = Reported.of(own ->
                renderer.render(job.body(), job.file().path(), job.pagePath(), targets, own));
        memory.remember(input, rendered);
        return rendered;
    }

    /**
     * Everything besides its own file that a body's HTML depends on: the language and options, the labels, and
     * what its links and images may point to (the files of the content folder and the page of every record).
     */
    private static Fingerprint context(SiteModel model, ContentSources sources, MarkdownLabels labels) {
        ViewDigest digest = new ViewDigest();
        Map<Path, String> eventPlaces = new TreeMap<>();
        model.events().forEach(e -> eventPlaces.put(e.record().folder(), e.year() + "/" + e.record().slug()));
        return digest.of(List.of(model.site().language(), model.site().allowRawHtml(), labels,
                new TreeSet<>(sources.files()), new TreeMap<>(model.pageBySource()), new TreeSet<>(model.drafts()),
                eventPlaces));
    }

    private static List<Job> jobs(SiteModel model) {
        List<Job> jobs = new ArrayList<>();
        for (Event event : model.events()) {
            jobs.add(new Job(event.record().source(), event.record().body(), event.pagePath()));
            for (Session session : event.sessions()) {
                jobs.add(new Job(session.record().source(), session.record().body(), session.pagePath()));
                for (Input input : session.inputs()) {
                    if (input.source().isPresent() && input.body().isPresent() && input.pagePath().isPresent()) {
                        jobs.add(new Job(input.source().get(), input.body().get(), input.pagePath().get()));
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
