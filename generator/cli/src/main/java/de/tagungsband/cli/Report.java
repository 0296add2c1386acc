package de.tagungsband.cli;

import de.tagungsband.BuildResult;
import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.i18n.Texts;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints diagnostics as {@code path:line: …} and a one-line summary. */
final class Report {

    private Report() {
    }

    static void diagnostics(BuildResult result, Path contentDir, PrintWriter err, Verbosity.Level level) {
        diagnostics(result, contentDir, err, level, Texts.german());
    }

    static void diagnostics(BuildResult result, Path contentDir, PrintWriter err, Verbosity.Level level, Texts texts) {
        for (Diagnostic diagnostic : result.diagnostics()) {
            if (diagnostic.isError() || level != Verbosity.Level.QUIET) {
                err.println(diagnostic.format(contentDir, texts));
            }
        }
        if (result.hasErrors()) {
            err.println(texts.get("report.errors", result.errorCount(), result.warningCount(),
                    contentDir.toString().replace('\\', '/')));
        }
        err.flush();
    }

    static String seconds(BuildResult result) {
        return seconds(result, Texts.german());
    }

    static String seconds(BuildResult result, Texts texts) {
        return String.format(texts.locale(), "%.2f s", result.elapsed().toNanos() / 1e9);
    }

    static String seconds(double seconds, Texts texts) {
        return String.format(texts.locale(), "%.1f s", seconds);
    }
}
