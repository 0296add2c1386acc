package de.tagungsband;

import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.publish.WriteSummary;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a build or check.
 *
 * @param diagnostics every mistake found, sorted by file and line
 * @param pages number of HTML pages produced (0 for a check or a failed build)
 * @param written what the build changed in the output folder; empty when nothing was written
 */
public record BuildResult(List<Diagnostic> diagnostics, int records, int pages, Optional<WriteSummary> written,
                          Duration elapsed) {

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }
}
