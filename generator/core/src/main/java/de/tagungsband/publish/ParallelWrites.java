package de.tagungsband.publish;

import java.util.Collection;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Runs writes on all cores and waits for every one of them, also when some fail: a parallel stream rethrows the
 * first failure while other workers still write, and the staging folder must not be removed under their feet.
 */
public final class ParallelWrites {

    private ParallelWrites() {
    }

    public static <T> void forEach(Collection<T> items, Consumer<T> write) {
        Queue<RuntimeException> failures = new ConcurrentLinkedQueue<>();
        items.parallelStream().forEach(item -> {
            if (!failures.isEmpty()) {
                return; // one failure fails the build: skip the remaining work
            }
            try {
                write.accept(item);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        });
        RuntimeException first = failures.poll();
        if (first != null) {
            failures.forEach(first::addSuppressed);
            throw first;
        }
    }
}
