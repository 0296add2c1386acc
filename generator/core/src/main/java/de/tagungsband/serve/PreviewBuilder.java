package de.tagungsband.serve;

import de.tagungsband.i18n.Language;
import de.tagungsband.i18n.Texts;
import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.Tagungsband;
import de.tagungsband.cache.BuildMemory;
import de.tagungsband.diagnostic.Diagnostic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the preview's builds one at a time and keeps the latest {@link PreviewState}. A mistake in the content or
 * a broken template never stops the preview: it becomes the state's problems, shown on every page until fixed.
 */
final class PreviewBuilder {

    private final BuildOptions options;
    private final Path shownContent;
    private final PreviewListener listener;
    private final ReloadHub hub;
    /**
     * What the last build read and made (files, records, bodies, page fingerprints), so a save reads, renders and
     * writes again only what changed.
     */
    private final BuildMemory memory = BuildMemory.inMemory();
    private volatile PreviewState state;

    PreviewBuilder(BuildOptions options, Path shownContent, PreviewListener listener, ReloadHub hub) {
        this.options = options;
        this.shownContent = shownContent;
        this.listener = listener;
        this.hub = hub;
    }

    PreviewState state() {
        return state;
    }

    private boolean savedSince(BuildResult result, long started) {
        return result.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> options.content().resolve(d.file()))
                .anyMatch(file -> {
                    try {
                        return Files.getLastModifiedTime(file).toMillis() >= started;
                    } catch (IOException e) {
                        return false; // a missing file is a mistake to show (an event folder without event.md)
                    }
                });
    }

    /** Returns once no rebuild is running: a file missing during a rebuild's folder swap is there again after it. */
    synchronized void awaitIdle() {
        // the monitor is the point: rebuild holds it while it swaps the preview folder
    }

    synchronized PreviewState rebuild(Set<Path> changed) {
        PreviewState previous = state;
        long generation = previous == null ? 1 : previous.generation();
        PreviewState next;
        long started = System.currentTimeMillis();
        try {
            BuildResult result = Tagungsband.build(options, listener, memory);
            if (previous != null && result.hasErrors() && savedSince(result, started)) {
                // it read a file while the editor was still saving it: the watcher reports the save and the
                // next rebuild shows the outcome, so readers keep the last good pages meanwhile
                return previous;
            }
            // in the archive's language (German unless site.yaml says otherwise), like the preview page around them
            Texts texts = Language.choose(null, options.content(), Map.of());
            List<String> errors = result.diagnostics().stream().filter(Diagnostic::isError)
                    .map(d -> d.format(shownContent, texts)).toList();
            next = new PreviewState(generation, Optional.of(result), errors);
        } catch (RuntimeException e) {
            next = new PreviewState(generation, Optional.empty(), List.of("tagungsband: " + e.getMessage()));
        }
        if (previous != null && next.differsFrom(previous)) {
            next = new PreviewState(generation + 1, next.result(), next.problems());
        }
        state = next;
        hub.publish(next.generation());
        listener.built(changed, next);
        return next;
    }
}
