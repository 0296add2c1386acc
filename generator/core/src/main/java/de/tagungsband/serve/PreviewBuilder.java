package de.tagungsband.serve;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.Tagungsband;
import de.tagungsband.diagnostic.Diagnostic;

import java.nio.file.Path;
import java.util.List;
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

    synchronized PreviewState rebuild(Set<Path> changed) {
        PreviewState previous = state;
        long generation = previous == null ? 1 : previous.generation();
        PreviewState next;
        try {
            BuildResult result = Tagungsband.build(options, listener);
            List<String> errors = result.diagnostics().stream().filter(Diagnostic::isError)
                    .map(d -> d.format(shownContent)).toList();
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
