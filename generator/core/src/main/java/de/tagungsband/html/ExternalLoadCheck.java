package de.tagungsband.html;

import de.tagungsband.i18n.Text;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.page.Page;
import de.tagungsband.page.PageView;
import de.tagungsband.source.SourceFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The build's last check before anything is written: no page and no stylesheet may make a reader's browser
 * contact another host. Each finding is an error at the file it comes from: the record (raw HTML in its
 * Markdown), the template, or the stylesheet.
 */
public final class ExternalLoadCheck {


    private final Path contentRoot;
    private final Path templatesRoot;
    private final Diagnostics diagnostics;

    public ExternalLoadCheck(Path contentRoot, Path templatesRoot, Diagnostics diagnostics) {
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.templatesRoot = templatesRoot.toAbsolutePath().normalize();
        this.diagnostics = diagnostics;
    }

    /** Checks one rendered page (called from many threads while pages are rendered). */
    public void checkPage(Page page, byte[] rendered) {
        for (ExternalResources.Load load : ExternalResources.inHtml(new String(rendered, StandardCharsets.UTF_8))) {
            report(load, origin(page, load.url()));
        }
    }

    /** Checks the stylesheets among the files copied into the site, by site path. */
    public void checkStylesheets(Map<String, Path> copies) {
        copies.entrySet().parallelStream().filter(e -> e.getKey().endsWith(".css")).forEach(e -> {
            String css = read(e.getValue());
            for (ExternalResources.Load load : ExternalResources.inCss(css)) {
                report(load, new Origin(e.getValue().toAbsolutePath().normalize(), lineOf(css, load.url())));
            }
        });
    }

    private record Origin(Path file, int line) {
    }

    private void report(ExternalResources.Load load, Origin origin) {
        diagnostics.error(contentRoot.relativize(origin.file()), origin.line(), Text.of("external.load", load.url(),
                load.how()), Text.of("external.load.fix"));
    }

    /** The record whose Markdown holds the address, else the template that does. */
    private Origin origin(Page page, String url) {
        Optional<SourceFile> record = record(page.view()).filter(s -> s.text().contains(url));
        if (record.isPresent()) {
            return new Origin(contentRoot.resolve(record.get().path()), lineOf(record.get().text(), url));
        }
        try (Stream<Path> files = Files.walk(templatesRoot)) {
            for (Path template : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = read(template);
                if (text.contains(url)) {
                    return new Origin(template, lineOf(text, url));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Origin(templatesRoot.resolve(page.template()), 1);
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

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return at < 0 ? 1 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
