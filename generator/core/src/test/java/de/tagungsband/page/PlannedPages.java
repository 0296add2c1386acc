package de.tagungsband.page;

import de.tagungsband.ContentFixture;
import de.tagungsband.pdf.Proceedings;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.html.PageRenderer;
import de.tagungsband.i18n.Messages;
import de.tagungsband.markdown.BodyRenderer;
import de.tagungsband.markdown.MarkdownLabels;
import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.model.ModelBuilder;
import de.tagungsband.model.SiteModel;
import de.tagungsband.record.RecordReader;
import de.tagungsband.source.ContentScanner;
import de.tagungsband.source.ContentSources;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The pipeline up to rendered pages, without writing, for tests that give the planner what the build does not
 * yet (invented facts of a proceedings PDF).
 */
record PlannedPages(List<Page> pages, PageRenderer renderer) {

    static PlannedPages of(Path content, Map<String, Proceedings> proceedings) {
        Diagnostics diagnostics = new Diagnostics();
        ContentSources sources = ContentScanner.scan(content, diagnostics);
        SiteModel model = ModelBuilder.build(RecordReader.read(sources, diagnostics), sources, false, diagnostics);
        Messages messages = Messages.load(ContentFixture.templates(), model.site().language());
        Map<Path, RenderedMarkdown> bodies = BodyRenderer.renderAll(model, sources,
                new MarkdownLabels("Anmerkungen", "Zurück", "Link"), diagnostics);
        if (diagnostics.hasErrors()) {
            throw new IllegalStateException(diagnostics.sorted().toString());
        }
        return new PlannedPages(new PagePlanner(model, bodies, messages, proceedings).plan(),
                new PageRenderer(ContentFixture.templates(), model.site(), messages));
    }

    Page page(String path) {
        return pages.stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no page " + path));
    }

    Document html(String path) {
        return Jsoup.parse(new String(renderer.render(page(path)), StandardCharsets.UTF_8));
    }
}
