package de.tagungsband.cli;

import de.tagungsband.i18n.Texts;
import de.tagungsband.serve.PreviewListener;
import de.tagungsband.serve.PreviewState;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
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

    private final Texts texts;

    ServeReport(PrintWriter out, PrintWriter err, Verbosity.Level level, Path content, Path preview, Texts texts) {
        this.texts = texts;
        this.out = out;
        this.err = err;
        this.level = level;
        this.content = content;
        this.preview = preview;
        this.progress = new ProgressPrinter(err, level, texts);
    }

    @Override
    public void stageFinished(Stage stage, int count, Duration took, Duration sinceStart) {
        progress.stageFinished(stage, count, took, sinceStart);
    }

    @Override
    public void serving(URI address) {
        if (level != Verbosity.Level.QUIET) {
            out.println(texts.get("serve.serving", content, address, preview));
            out.flush();
        }
    }

    @Override
    public synchronized void built(Set<Path> changed, PreviewState state) {
        if (!state.ok()) {
            state.problems().forEach(err::println);
            err.println(texts.get("serve.errors", state.problems().size()));
            err.flush();
            return;
        }
        if (level == Verbosity.Level.QUIET) {
            return;
        }
        String why = changed.isEmpty() ? texts.get("serve.built") : texts.get("serve.rebuilt", changed.stream()
                .map(p -> p.getFileName().toString()).sorted().collect(Collectors.joining(", ")));
        state.result().ifPresent(r -> out.println(texts.get("serve.done", why, r.pages(),
                Math.round(r.elapsed().toNanos() / 1e6), r.written().map(w -> w.written() + w.removed()).orElse(0))));
        out.flush();
    }
}
