package de.tagungsband;

import de.tagungsband.BuildListener.Stage;

import java.time.Duration;

/** Times the stages of one build and tells a {@link BuildListener}. */
final class StageClock {

    private final BuildListener listener;
    private final long started = System.nanoTime();
    private long stageStarted = started;

    StageClock(BuildListener listener) {
        this.listener = listener;
    }

    void finished(Stage stage, int count) {
        long now = System.nanoTime();
        listener.stageFinished(stage, count, Duration.ofNanos(now - stageStarted), Duration.ofNanos(now - started));
        stageStarted = now;
    }

    void pageWritten(int done, int total) {
        listener.pageWritten(done, total, sinceStart());
    }

    Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
