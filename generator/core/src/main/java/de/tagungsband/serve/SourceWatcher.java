package de.tagungsband.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Watches folders and all their subfolders (JDK {@link WatchService}) and reports changed files in batches: a batch
 * ends when nothing has changed for {@code quiet}, so that one save (often several events) starts one rebuild.
 * New subfolders are watched as they appear. Hidden files (editor swap files and the like) are ignored.
 */
final class SourceWatcher implements AutoCloseable {

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    /** Files created in the current batch: one that is gone again by its end was an editor's temporary file. */
    private final Set<Path> created = new HashSet<>();
    private final Predicate<Path> ignored;
    private final Thread thread;

    private SourceWatcher(WatchService service, Predicate<Path> ignored, Duration quiet, Consumer<Set<Path>> onChange) {
        this.service = service;
        this.ignored = ignored;
        this.thread = new Thread(() -> loop(quiet, onChange), "tagungsband-watcher");
        this.thread.setDaemon(true);
    }

    static SourceWatcher start(List<Path> roots, Predicate<Path> ignored, Duration quiet, Consumer<Set<Path>> onChange) {
        try {
            SourceWatcher watcher = new SourceWatcher(FileSystems.getDefault().newWatchService(), ignored, quiet, onChange);
            for (Path root : roots) {
                watcher.registerTree(root.toAbsolutePath().normalize());
            }
            watcher.thread.start();
            return watcher;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + roots + ": " + e.getMessage(), e);
        }
    }

    private void loop(Duration quiet, Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                Set<Path> changed = new HashSet<>();
                collect(service.take(), changed);
                WatchKey more;
                while ((more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                changed.removeIf(path -> created.contains(path) && !Files.exists(path));
                created.clear();
                if (!changed.isEmpty()) {
                    onChange.accept(Set.copyOf(changed));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // close() was called
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                if (folder != null) {
                    changed.add(folder);
                }
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (ignored.test(path) || path.getFileName().toString().startsWith(".")) {
                continue;
            }
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                created.add(path);
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // the folder vanished again: its files are reported when they appear elsewhere
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path folder : walk.filter(Files::isDirectory).filter(p -> !ignored.test(p)).toList()) {
                WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                folders.put(key, folder);
            }
        }
    }

    @Override
    /** Stops watching and waits for a rebuild that a change already started, so nothing writes after close. */
    public void close() {
        thread.interrupt();
        try {
            service.close();
            thread.join(TimeUnit.SECONDS.toMillis(60));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
