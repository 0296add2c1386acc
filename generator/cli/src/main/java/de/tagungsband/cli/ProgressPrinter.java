package de.tagungsband.cli;

import de.tagungsband.BuildListener;

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
    private int records;
    private int pagesDone;
    private int pagesTotal;
    private Duration lastPrinted;

    ProgressPrinter(PrintWriter err, Verbosity.Level level) {
        this(err, level, LONG_BUILD);
    }

    ProgressPrinter(PrintWriter err, Verbosity.Level level, Duration after) {
        this.err = err;
        this.level = level;
        this.after = after;
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
            err.printf(Locale.ROOT, "  %-11s %7.3f s  %5d %s%n", stage.name().toLowerCase(Locale.ROOT),
                    seconds(took), count, unit(stage));
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
        String pages = pagesTotal == 0 ? "" : String.format(Locale.ROOT, ", %d/%d pages written", pagesDone, pagesTotal);
        err.printf(Locale.ROOT, "… %d records read%s, %.1f s%n", records, pages, seconds(sinceStart));
        err.flush();
    }

    private static String unit(Stage stage) {
        return switch (stage) {
            case SCAN -> "files";
            case READ, MODEL -> "records";
            case MARKDOWN -> "bodies";
            case PROCEEDINGS -> "volumes laid out";
            case PLAN -> "pages";
            case RENDER -> "pages rendered";
            case ASSETS -> "files copied";
            case COMMIT -> "files changed";
        };
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
