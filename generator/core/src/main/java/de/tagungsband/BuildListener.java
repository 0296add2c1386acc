package de.tagungsband;

import java.time.Duration;

/**
 * Hears how a build or check progresses, for progress lines and timings. The core never prints: the command line
 * and the Maven plugin decide what to show. {@link #pageWritten} is called from the rendering worker threads, so an
 * implementation must be thread-safe.
 */
public interface BuildListener {

    /** A listener that ignores everything. */
    BuildListener SILENT = new BuildListener() {
    };

    /** The stages of a build, in the order they run. A check runs the first four. */
    enum Stage { SCAN, READ, MODEL, MARKDOWN, PROCEEDINGS, PLAN, RENDER, ASSETS, COMMIT }

    /**
     * A stage is done.
     *
     * @param count what the stage produced: files scanned, records read, volumes laid out, pages planned or
     *              rendered (pages and volumes the last build made from the same data are kept, not made again),
     *              files copied
     * @param took how long the stage took
     * @param sinceStart time since the build started
     */
    default void stageFinished(Stage stage, int count, Duration took, Duration sinceStart) {
    }

    /** One more page was rendered and handed to the writer ({@code done} of {@code total}). */
    default void pageWritten(int done, int total, Duration sinceStart) {
    }
}
