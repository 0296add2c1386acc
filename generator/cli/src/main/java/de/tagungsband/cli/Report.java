package de.tagungsband.cli;

import de.tagungsband.BuildResult;
import de.tagungsband.diagnostic.Diagnostic;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** Prints diagnostics as {@code path:line: …} and a one-line summary. */
final class Report {

    private Report() {
    }

    static void diagnostics(BuildResult result, Path contentDir, PrintWriter err, Verbosity.Level level) {
        for (Diagnostic diagnostic : result.diagnostics()) {
            if (diagnostic.isError() || level != Verbosity.Level.QUIET) {
                err.println(diagnostic.format(contentDir));
            }
        }
        if (result.hasErrors()) {
            err.printf(Locale.ROOT, "%d error(s), %d warning(s) in %s: nothing was written; fix the errors above and run again.%n",
                    result.errorCount(), result.warningCount(), contentDir);
        }
        err.flush();
    }

    static String seconds(BuildResult result) {
        return String.format(Locale.ROOT, "%.2f s", result.elapsed().toNanos() / 1e9);
    }
}
