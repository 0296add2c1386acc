package de.tagungsband.model;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;
import de.tagungsband.record.DocumentRef;
import de.tagungsband.record.EventRecord;
import de.tagungsband.record.Located;
import de.tagungsband.source.ContentSources;
import de.tagungsband.source.MediaTypes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The files a record of one event hands out (slides, {@code documents:}): each resolved inside the content folder
 * (or reported at its line), registered to be copied beside the event's pages, and described for the pages.
 */
final class Attachments {

    private final ContentSources sources;
    private final EventRecord event;
    private final Diagnostics diagnostics;
    private final Set<AssetCopy> assets;

    Attachments(ContentSources sources, EventRecord event, Diagnostics diagnostics, Set<AssetCopy> assets) {
        this.sources = sources;
        this.event = event;
        this.diagnostics = diagnostics;
        this.assets = assets;
    }

    /** The documents of a record in {@code file}, each published; one that cannot be is reported and left out. */
    List<Attachment> documents(List<DocumentRef> documents, Path file) {
        List<Attachment> attachments = new ArrayList<>();
        for (DocumentRef document : documents) {
            resolve(document.file(), file, "what.document").ifPresent(contentPath -> {
                String sitePath = asset(contentPath);
                Path content = sources.root().resolve(contentPath);
                String name = content.getFileName().toString();
                String extension = MediaTypes.extension(name);
                String format = extension.isEmpty() ? name : extension.toUpperCase(Locale.ROOT);
                attachments.add(new Attachment(document.title().orElse(name), sitePath, format,
                        MediaTypes.of(name).orElse("application/octet-stream"), size(content),
                        extension.equals("pdf") ? pages(content, document, file) : Optional.empty()));
            });
        }
        return List.copyOf(attachments);
    }

    /** A file named in a record of this event, resolved inside the content folder; its path below the site root. */
    Optional<String> publish(Located<String> reference, Path file, String what) {
        return resolve(reference, file, what).map(this::asset);
    }

    private Optional<Path> resolve(Located<String> reference, Path file, String what) {
        return ContentFiles.resolve(sources, event.folder(), reference, file, what, diagnostics)
                .filter(contentPath -> notReserved(contentPath, reference, file));
    }

    private boolean notReserved(Path contentPath, Located<String> ref, Path file) {
        String sitePath = SitePaths.asset(contentPath, event.year(), event.slug(), event.folder());
        if (SitePaths.reserved(sitePath)) {
            diagnostics.error(file, ref.line(), Text.of("reference.reserved", ref.value(), sitePath),
                    Text.of("reference.reserved.hint"));
            return false;
        }
        return true;
    }

    private String asset(Path contentPath) {
        String sitePath = SitePaths.asset(contentPath, event.year(), event.slug(), event.folder());
        assets.add(new AssetCopy(contentPath, sitePath));
        return sitePath;
    }

    private static long size(Path content) {
        try {
            return Files.size(content);
        } catch (IOException e) {
            return 0;
        }
    }

    /** A PDF's pages; a file that is no readable PDF is an error at its line (readers would get a broken file). */
    private Optional<Integer> pages(Path content, DocumentRef document, Path file) {
        try (PDDocument pdf = Loader.loadPDF(content.toFile())) {
            return Optional.of(pdf.getNumberOfPages());
        } catch (IOException e) {
            diagnostics.error(file, document.file().line(), Text.of("document.unreadablePdf", document.file().value()),
                    Text.of("document.unreadablePdf.fix"));
            return Optional.empty();
        }
    }
}
