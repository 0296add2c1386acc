package de.tagungsband.html;

import de.tagungsband.digest.Fingerprint;
import de.tagungsband.digest.Memo;
import de.tagungsband.i18n.Text;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.markdown.BodyHtml;
import de.tagungsband.page.Page;
import de.tagungsband.page.PageView;
import de.tagungsband.source.SourceFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The build's last check before anything is written: no page and no stylesheet may make a reader's browser
 * contact another host. Each finding is an error at the file it comes from: the record (raw HTML in its
 * Markdown), the template, or the stylesheet.
 */
public final class ExternalLoadCheck {

    private static final Pattern COMMENT = Pattern.compile("<#--.*?-->", Pattern.DOTALL);
    private final Path contentRoot;
    private final Path templatesRoot;
    private final Diagnostics diagnostics;

    public ExternalLoadCheck(Path contentRoot, Path templatesRoot, Diagnostics diagnostics) {
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.templatesRoot = templatesRoot.toAbsolutePath().normalize();
        this.diagnostics = diagnostics;
    }

    /**
     * Checks what the templates load, once per build: each template's own text, read as HTML (FreeMarker's
     * directives and {@code ${…}} are text there, and an address a template writes itself is found as it is
     * written). What records bring is checked page by page ({@link #checkPage}): values the templates insert are
     * escaped, so only a body's HTML can add an element that loads.
     */
    public void checkTemplates() {
        for (Path template : templates()) {
            String text = read(template);
            RecordLines lines = new RecordLines(text);
            for (ExternalResources.Load load : ExternalResources.inHtml(withoutComments(text))) {
                report(load, new Origin(template, lines.lineOf(load.url()).orElse(1)));
            }
        }
    }

    /**
     * Checks what a page shows from its record: the HTML of its Markdown body (called from many threads while pages
     * are rendered).
     */
    public void checkPage(Page page) {
        Optional<BodyHtml> body = body(page.view());
        if (body.isEmpty() || body.get().isBlank()) {
            return;
        }
        List<ExternalResources.Load> loads = ExternalResources.inHtml(body.get().toString());
        Optional<SourceFile> record = record(page.view());
        if (record.isEmpty()) {
            loads.forEach(load -> report(load, new Origin(templatesRoot.resolve(page.template()), 1)));
            return;
        }
        RecordLines lines = new RecordLines(record.get().text());
        for (int i = 0; i < loads.size(); i++) {
            // the readings decode every line: for a page with a great many loads, the later ones take the plain search
            OptionalInt line = i < MAX_DECODED_SEARCHES ? lines.lineOf(loads.get(i).url())
                    : lines.plainLineOf(loads.get(i).url());
            report(loads.get(i), new Origin(contentRoot.resolve(record.get().path()), line.orElse(1)));
        }
    }

    /** The templates of the folder ({@code *.ftlh}, {@code *.ftl}), by name. */
    private List<Path> templates() {
        try (Stream<Path> files = Files.walk(templatesRoot)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".ftlh")
                    || f.toString().endsWith(".ftl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A template with its FreeMarker comments ({@code <#-- … -->}) blanked, lines kept: what is commented out loads
     * nothing. */
    private static String withoutComments(String template) {
        return COMMENT.matcher(template).replaceAll(comment -> comment.group().replaceAll("[^\\n]", " "));
    }

    private static Optional<BodyHtml> body(PageView view) {
        if (view instanceof PageView.EventPage e) {
            return Optional.of(e.introHtml());
        }
        if (view instanceof PageView.SessionPage s) {
            return Optional.of(s.bodyHtml());
        }
        if (view instanceof PageView.InputPage i) {
            return Optional.of(i.bodyHtml());
        }
        return Optional.empty();
    }

    /**
     * Checks the stylesheets among the files copied into the site, by site path: every load from another host is
     * reported. A stylesheet is parsed only when {@code parsed} does not hold the loads of the same text (the
     * preview keeps them: parsing the theme's stylesheets again took 3 % of a rebuild after a save at 10,000
     * sessions).
     */
    public void checkStylesheets(Map<String, Path> copies, Memo<List<ExternalResources.Load>> parsed) {
        copies.entrySet().parallelStream().filter(e -> e.getKey().endsWith(".css")).forEach(e -> {
            String css = read(e.getValue());
            List<ExternalResources.Load> loads = parsed.get(Fingerprint.of(css), () -> ExternalResources.inCss(css));
            if (loads.isEmpty()) {
                return;
            }
            RecordLines lines = new RecordLines(css);
            for (ExternalResources.Load load : loads) {
                report(load, new Origin(e.getValue().toAbsolutePath().normalize(), lines.lineOf(load.url()).orElse(1)));
            }
        });
    }

    private record Origin(Path file, int line) {
    }

    private void report(ExternalResources.Load load, Origin origin) {
        diagnostics.error(contentRoot.relativize(origin.file()), origin.line(), Text.of("external.load", load.url(),
                load.how()), Text.of("external.load.fix"));
    }

    private static Optional<SourceFile> record(PageView view) {
        if (view instanceof PageView.EventPage e) {
            return Optional.of(e.event().record().source());
        }
        if (view instanceof PageView.SessionPage s) {
            return Optional.of(s.session().record().source());
        }
        if (view instanceof PageView.InputPage i) {
            return i.input().source();
        }
        return Optional.empty();
    }

    /** Loads of one page whose line is looked for in every reading of the record's lines. */
    private static final int MAX_DECODED_SEARCHES = 200;

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
