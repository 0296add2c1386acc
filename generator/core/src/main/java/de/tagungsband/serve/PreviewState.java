package de.tagungsband.serve;

import de.tagungsband.BuildResult;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of the latest preview build.
 *
 * @param generation counts the builds that changed what a reader sees; open pages reload when it moves on
 * @param result the build's result; empty when the build could not run at all (a broken template, say)
 * @param problems what keeps the preview from showing the archive, one line each ({@code path:line: …}); empty
 *                 when the build succeeded
 */
public record PreviewState(long generation, Optional<BuildResult> result, List<String> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }

    /** True when a reader would see something different after this state than after {@code previous}. */
    boolean differsFrom(PreviewState previous) {
        if (previous == null || !problems.equals(previous.problems)) {
            return true;
        }
        return result.flatMap(BuildResult::written).map(w -> w.written() + w.removed() > 0).orElse(false);
    }
}
