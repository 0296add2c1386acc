package de.tagungsband;

import java.util.function.Supplier;

/**
 * A task that runs on a thread of its own beside the caller's work. Its failure becomes the caller's when the caller
 * asks for the result; {@link #close()} waits without throwing, for a caller that must not go on while the task
 * may still be writing (a failed build removes its staging folder).
 */
final class Background<T> implements AutoCloseable {

    private final Thread thread;
    private volatile T result;
    private volatile Throwable failure;

    private Background(String name, Supplier<T> task) {
        this.thread = new Thread(() -> {
            try {
                result = task.get();
            } catch (Throwable e) { // handed to the caller, who decides
                failure = e;
            }
        }, "tagungsband-" + name);
        thread.setDaemon(true);
    }

    static <T> Background<T> start(String name, Supplier<T> task) {
        Background<T> background = new Background<>(name, task);
        background.thread.start();
        return background;
    }

    /** Waits until the task has ended, however it ended. */
    @Override
    public void close() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the task may still be writing: wait for it, then pass the interrupt on
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the task made, once it has ended; its exception if it failed. */
    T result() {
        close();
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) { // a checked exception thrown sneakily
            throw new IllegalStateException(failure);
        }
        return result;
    }
}
