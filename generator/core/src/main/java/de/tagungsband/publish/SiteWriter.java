package de.tagungsband.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Writes a complete site into a staging folder and replaces the output folder with it in {@link #commit()}.
 * Until then the previous output stays untouched; {@link #close()} without commit removes the staging folder.
 * {@link #write} and {@link #copy} may be called from many threads.
 */
public final class SiteWriter implements AutoCloseable {

    private final Path out;
    private final Path staging;
    private final FileLock lock;
    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private boolean committed;

    private SiteWriter(Path out, Path staging, FileLock lock) {
        this.out = out;
        this.staging = staging;
        this.lock = lock;
    }

    public static SiteWriter open(Path outDir) {
        Path out = outDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(out.getParent());
            FileLock lock = lock(out);
            try {
                Recovery.restoreInterruptedSwap(out);
                Path staging = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".staging-");
                return new SiteWriter(out, staging, lock);
            } catch (IOException | RuntimeException e) {
                release(lock);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the output folder " + out + ": " + e.getMessage(), e);
        }
    }

    public Path stagingFolder() {
        return staging;
    }

    /** Writes a file at {@code sitePath} (below the site root, '/' separated). */
    public void write(String sitePath, byte[] bytes) {
        Path target = target(sitePath);
        Path previous = out.resolve(sitePath);
        try {
            Files.createDirectories(target.getParent());
            if (sameBytes(previous, bytes) && link(previous, target)) {
                unchanged.incrementAndGet();
                return;
            }
            Files.write(target, bytes);
            written.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + sitePath + ": " + e.getMessage(), e);
        }
    }

    /** Copies a file (an image, a stylesheet) to {@code sitePath}. */
    public void copy(Path source, String sitePath) {
        Path target = target(sitePath);
        Path previous = out.resolve(sitePath);
        try {
            Files.createDirectories(target.getParent());
            if (Files.isRegularFile(previous) && Files.mismatch(source, previous) == -1 && link(previous, target)) {
                unchanged.incrementAndGet();
                return;
            }
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            written.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + sitePath + ": " + e.getMessage(), e);
        }
    }

    /** Swaps the staging folder in as the output folder. */
    public WriteSummary commit() {
        try {
            int removed = countRemoved();
            Path old = null;
            if (Files.exists(out)) {
                old = Recovery.oldFolder(out);
                move(out, old);
            }
            move(staging, out);
            committed = true;
            if (old != null) {
                deleteTree(old);
            }
            return new WriteSummary(written.get(), unchanged.get(), removed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace the output folder " + out + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (!committed) {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(lock);
        }
    }

    /** One build at a time per output folder (a preview server and a build, say); a second one waits. */
    private static FileLock lock(Path out) throws IOException {
        Path lockFile = out.resolveSibling("." + out.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            return channel.lock();
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new IllegalStateException("another build in this process is writing to " + out, e);
        }
    }

    private static void release(FileLock lock) {
        try (FileChannel channel = lock.channel()) {
            lock.release();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path target(String sitePath) {
        if (sitePath.isEmpty() || sitePath.startsWith("/") || Arrays.asList(sitePath.split("/")).contains("..")) {
            throw new IllegalArgumentException("not a path below the site root: " + sitePath);
        }
        if (!paths.add(sitePath)) {
            throw new IllegalStateException("two outputs want the same file " + sitePath);
        }
        return staging.resolve(sitePath);
    }

    private static boolean sameBytes(Path previous, byte[] bytes) throws IOException {
        return Files.isRegularFile(previous) && Files.size(previous) == bytes.length
                && Arrays.equals(Files.readAllBytes(previous), bytes);
    }

    /** Hard-links the previous file into the staging folder; false where the file system cannot. */
    private static boolean link(Path previous, Path target) {
        try {
            Files.createLink(target, previous);
            return true;
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException(e);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private int countRemoved() throws IOException {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(out)) {
            return (int) files.filter(Files::isRegularFile)
                    .map(f -> out.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !paths.contains(p)).count();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
