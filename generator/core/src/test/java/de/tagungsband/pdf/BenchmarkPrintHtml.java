package de.tagungsband.pdf;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.html.PageRenderer;
import de.tagungsband.i18n.Messages;
import de.tagungsband.markdown.BodyRenderer;
import de.tagungsband.markdown.MarkdownLabels;
import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.model.Event;
import de.tagungsband.model.ModelBuilder;
import de.tagungsband.model.SiteModel;
import de.tagungsband.record.RecordReader;
import de.tagungsband.record.Records;
import de.tagungsband.source.ContentScanner;
import de.tagungsband.source.ContentSources;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * For the benchmark (bench/proceedings.sh), not a test: writes the final print HTML of the first event's volume,
 * with its page numbers, so that another engine (WeasyPrint) can set exactly the same book; with a fourth argument
 * also the volume's PDF, so that the benchmark can time tagungsband making the volume alone (Markdown to PDF, no
 * HTML archive, offprints or EPUB), the same task WeasyPrint gets.
 *
 * <p>Usage: {@code BenchmarkPrintHtml <content folder> <templates folder> <out.html> [<out.pdf>]}
 */
public final class BenchmarkPrintHtml {

    private BenchmarkPrintHtml() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path templates = Path.of(args[1]);
        Diagnostics diagnostics = new Diagnostics();
        ContentSources sources = ContentScanner.scan(content, diagnostics);
        Records records = RecordReader.read(sources, diagnostics);
        SiteModel model = ModelBuilder.build(records, sources, false, diagnostics);
        Messages messages = Messages.load(templates, model.site().language());
        MarkdownLabels labels = new MarkdownLabels(messages.get("footnotes.title"), messages.get("footnotes.back"),
                messages.get("heading.link"));
        Map<Path, RenderedMarkdown> bodies = BodyRenderer.renderAll(model, sources, labels, diagnostics);
        PageRenderer renderer = new PageRenderer(templates, model.site(), messages);
        Path root = sources.root().toAbsolutePath().normalize();
        Event event = model.events().get(0);
        VolumePlan plan = new VolumePlanner(model.site().baseUrl(), root, bodies, messages.locale())
                .plan(event, Hyphenation.forLanguage(model.site().language()));
        VolumeSetter setter = new VolumeSetter(renderer, new PdfEngine(BookFonts.load()), model.site(), root.toUri().toString());
        VolumeSetter.Set set = setter.set(plan, new VolumeMetadata.Info(event.fullTitle(), "", "", plan.keywords(), "de"));
        Files.writeString(Path.of(args[2]), setter.html(plan, set.pagination()), StandardCharsets.UTF_8);
        if (args.length > 3) {
            Files.write(Path.of(args[3]), set.pdf());
        }
    }
}
