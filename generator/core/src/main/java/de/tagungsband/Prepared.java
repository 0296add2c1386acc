package de.tagungsband;

import de.tagungsband.BuildListener.Stage;
import de.tagungsband.cache.BuildMemory;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.diagnostic.Reported;
import de.tagungsband.i18n.Messages;
import de.tagungsband.markdown.BodyRenderer;
import de.tagungsband.markdown.MarkdownLabels;
import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.model.ModelBuilder;
import de.tagungsband.model.SiteModel;
import de.tagungsband.record.RecordReader;
import de.tagungsband.record.Records;
import de.tagungsband.source.ContentScanner;
import de.tagungsband.source.ContentSources;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The first stages of every build and check: the content folder scanned, its records read, checked and modelled,
 * and their Markdown bodies rendered. What earlier builds read and rendered is taken from {@code memory} when the
 * file is unchanged.
 *
 * @param bodies each record's rendered body, by record path
 * @param diagnostics every mistake found so far; the later stages add theirs
 */
record Prepared(ContentSources sources, SiteModel model, Messages messages, Map<Path, RenderedMarkdown> bodies,
                Diagnostics diagnostics) {

    static Prepared of(BuildOptions options, Path templates, StageClock clock, BuildMemory memory) {
        Diagnostics diagnostics = new Diagnostics();
        ContentSources sources = ContentScanner.scan(options.content(), diagnostics, memory.files());
        clock.finished(Stage.SCAN, sources.files().size());
        Records records = RecordReader.read(sources, diagnostics, memory.records());
        clock.finished(Stage.READ, recordCount(sources));
        Messages messages = Messages.load(templates, records.site().language());
        SiteModel model = ModelBuilder.build(records, sources, options.includeDrafts(), diagnostics, messages);
        clock.finished(Stage.MODEL, model.pageBySource().size());
        MarkdownLabels labels = new MarkdownLabels(messages.get("footnotes.title"), messages.get("footnotes.back"),
                messages.get("heading.link"));
        Map<Path, Reported<RenderedMarkdown>> reported = new BodyRenderer(model, sources, labels, memory.bodies())
                .renderAll(model);
        Map<Path, RenderedMarkdown> bodies = new HashMap<>();
        reported.forEach((path, body) -> bodies.put(path, body.reportTo(diagnostics)));
        clock.finished(Stage.MARKDOWN, bodies.size());
        return new Prepared(sources, model, messages, bodies, diagnostics);
    }

    int recordCount() {
        return recordCount(sources);
    }

    private static int recordCount(ContentSources sources) {
        return sources.events().stream().mapToInt(e -> e.records().size() + (e.eventFile().isPresent() ? 1 : 0)).sum();
    }
}
