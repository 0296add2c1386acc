package de.tagungsband.cli;

import de.tagungsband.serve.PreviewListener;
import de.tagungsband.serve.PreviewState;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What {@code serve} prints: the address, then one line per rebuild, and the errors while there are any. */
final class ServeReport implements PreviewListener {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Verbosity.Level level;
    private final Path content;
    private final Path preview;
    private final ProgressPrinter progress;

    ServeReport(PrintWriter out, PrintWriter err, Verbosity.Level level, Path content, Path preview) {
        this.out = out;
        this.err = err;
        this.level = level;
        this.content = content;
        this.preview = preview;
        this.progress = new ProgressPrinter(err, level);
    }

    @Override
    public void stageFinished(Stage stage, int count, Duration took, Duration sinceStart) {
        progress.stageFinished(stage, count, took, sinceStart);
    }

    @Override
    public void serving(URI address) {
        if (level != Verbosity.Level.QUIET) {
            out.println("Preview of " + content + " with drafts at " + address + " (built into " + preview
                    + "; Ctrl+C stops)");
            out.flush();
        }
    }

    @Override
    public synchronized void built(Set<Path> changed, PreviewState state) {
        if (!state.ok()) {
            state.problems().forEach(err::println);
            err.printf(Locale.ROOT, "%d error(s): the preview shows them on every page until they are fixed%n",
                    state.problems().size());
            err.flush();
            return;
        }
        if (level == Verbosity.Level.QUIET) {
            return;
        }
        String why = changed.isEmpty() ? "Built" : "Rebuilt after changes to " + changed.stream()
                .map(p -> p.getFileName().toString()).sorted().collect(Collectors.joining(", "));
        state.result().ifPresent(r -> out.printf(Locale.ROOT, "%s: %d pages in %.0f ms (%d files changed)%n", why,
                r.pages(), r.elapsed().toNanos() / 1e6, r.written().map(w -> w.written() + w.removed()).orElse(0)));
        out.flush();
    }
}
