package de.tagungsband.cli;

import de.tagungsband.BuildListener;
import de.tagungsband.i18n.Texts;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Prints progress to stderr: for builds that take longer than {@code after}, a line about once a second with the
 * records read, pages written and the time so far; with {@code --verbose} also every stage with its time.
 */
final class ProgressPrinter implements BuildListener {

    static final Duration LONG_BUILD = Duration.ofSeconds(1);

    private final PrintWriter err;
    private final Verbosity.Level level;
    private final Duration after;
    private final Texts texts;
    private int records;
    private int pagesDone;
    private int pagesTotal;
    private Duration lastPrinted;

    ProgressPrinter(PrintWriter err, Verbosity.Level level) {
        this(err, level, LONG_BUILD, Texts.german());
    }

    ProgressPrinter(PrintWriter err, Verbosity.Level level, Texts texts) {
        this(err, level, LONG_BUILD, texts);
    }

    ProgressPrinter(PrintWriter err, Verbosity.Level level, Duration after) {
        this(err, level, after, Texts.german());
    }

    ProgressPrinter(PrintWriter err, Verbosity.Level level, Duration after, Texts texts) {
        this.err = err;
        this.level = level;
        this.after = after;
        this.texts = texts;
    }

    @Override
    public synchronized void stageFinished(Stage stage, int count, Duration took, Duration sinceStart) {
        if (stage == Stage.READ) {
            records = count;
        } else if (stage == Stage.PLAN) {
            pagesTotal = count;
        } else if (stage == Stage.RENDER) {
            pagesDone = pagesTotal;
        }
        if (level == Verbosity.Level.VERBOSE) {
            err.printf(texts.locale(), "  %-11s %7.3f s  %5d %s%n",
                    texts.get("stage." + stage.name().toLowerCase(Locale.ROOT)), seconds(took), count,
                    texts.get("stage." + stage.name().toLowerCase(Locale.ROOT) + ".unit"));
            err.flush();
        }
        progress(sinceStart, stage == Stage.RENDER);
    }

    @Override
    public synchronized void pageWritten(int done, int total, Duration sinceStart) {
        pagesDone = Math.max(pagesDone, done);
        pagesTotal = total;
        progress(sinceStart, false);
    }

    private void progress(Duration sinceStart, boolean force) {
        if (level == Verbosity.Level.QUIET || sinceStart.compareTo(after) < 0) {
            return;
        }
        if (!force && lastPrinted != null && sinceStart.minus(lastPrinted).compareTo(Duration.ofSeconds(1)) < 0) {
            return;
        }
        lastPrinted = sinceStart;
        String time = String.format(texts.locale(), "%.1f s", seconds(sinceStart));
        err.println(pagesTotal == 0 ? texts.get("progress.read", records, time)
                : texts.get("progress.pages", records, pagesDone, pagesTotal, time));
        err.flush();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
