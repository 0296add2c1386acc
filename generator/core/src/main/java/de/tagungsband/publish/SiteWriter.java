package de.tagungsband.publish;

import de.tagungsband.digest.Fingerprint;
import de.tagungsband.publish.OutputManifest.OutputFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a site into a staging folder and puts it in place in {@link #commit()}: a first build renames the staging
 * folder to the output folder; a later one moves in only the files whose bytes changed and deletes the ones no
 * longer made, through a {@link Journal}, so that a build killed at any moment leaves (after the next build's
 * recovery) either the old or the new site, and files that did not change are never rewritten. Until the commit the
 * previous output stays untouched; {@link #close()} without commit removes the staging folder. {@link #write},
 * {@link #copy} and {@link #keep} may be called from many threads.
 */
public final class SiteWriter implements Output, AutoCloseable {

    private final Path out;
    private final Path staging;
    private final FileLock lock;
    private final OutputManifest previous;
    private final boolean outExisted;
    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    private final Set<String> staged = ConcurrentHashMap.newKeySet();
    private final Map<String, OutputFile> made = new ConcurrentHashMap<>();
    private final AtomicInteger unchanged = new AtomicInteger();
    /** Folders of the staging folder made so far: asking the file system again for each file costs a failed mkdir. */
    private final Set<Path> stagingFolders = ConcurrentHashMap.newKeySet();
    private OutputManifest manifest;
    private boolean committed;

    private SiteWriter(Path out, Path staging, FileLock lock, OutputManifest previous) {
        this.out = out;
        this.staging = staging;
        this.lock = lock;
        this.outExisted = Files.isDirectory(out);
        this.previous = outExisted ? previous : OutputManifest.EMPTY;
    }

    public static SiteWriter open(Path outDir) {
        return open(outDir, OutputManifest.EMPTY);
    }

    /** @param previous what the last build into this folder wrote, to skip reading files that did not change */
    public static SiteWriter open(Path outDir, OutputManifest previous) {
        Path out = outDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(out.getParent());
            FileLock lock = lock(out);
            try {
                Recovery.recover(out);
                Path staging = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".staging-");
                return new SiteWriter(out, staging, lock, previous);
            } catch (IOException | RuntimeException e) {
                release(lock);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the output folder " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether {@code outDir} holds exactly what {@code written} says was written there, every file unchanged since,
     * and no interrupted update waits for recovery: then a build with the same inputs has nothing to do.
     */
    public static boolean holds(Path outDir, OutputStamps written) {
        Path out = outDir.toAbsolutePath().normalize();
        return written.count() > 0 && Files.isDirectory(out) && !Files.exists(Journal.file(out)) && written.heldIn(out);
    }

    /**
     * Whether the file the last build wrote at {@code sitePath} is still there as it was written: then the caller
     * may {@link #keep} it instead of making it again.
     */
    public boolean intact(String sitePath) {
        OutputFile file = previous.files().get(sitePath);
        return file != null && file.matches(out.resolve(sitePath));
    }

    /** Keeps the previous build's file at {@code sitePath}, which must be {@link #intact}. */
    public void keep(String sitePath) {
        claim(sitePath);
        if (!intact(sitePath)) {
            throw new IllegalStateException("the output file " + sitePath + " changed since the last build");
        }
        made.put(sitePath, previous.files().get(sitePath));
        unchanged.incrementAndGet();
    }

    /** Writes a file at {@code sitePath} (below the site root, '/' separated), unless it already has these bytes. */
    public void write(String sitePath, byte[] bytes) {
        claim(sitePath);
        Fingerprint content = Fingerprint.of(bytes);
        Path existing = out.resolve(sitePath);
        try {
            OutputFile before = previous.files().get(sitePath);
            if (before != null ? before.content().equals(content) && before.matches(existing)
                    : outExisted && sameBytes(existing, bytes)) {
                made.put(sitePath, before != null ? before : OutputFile.stat(existing, content));
                unchanged.incrementAndGet();
                return;
            }
            Path target = staging.resolve(sitePath);
            if (!stagingFolders.contains(target.getParent())) {
                Files.createDirectories(target.getParent());
                stagingFolders.add(target.getParent());
            }
            Files.write(target, bytes);
            staged.add(sitePath);
            made.put(sitePath, new OutputFile(content, bytes.length, 0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + sitePath + ": " + e.getMessage(), e);
        }
    }

    /** Copies a file (an image, a stylesheet) to {@code sitePath}. */
    public void copy(Path source, String sitePath) {
        try {
            write(sitePath, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + sitePath + ": " + e.getMessage(), e);
        }
    }

    /** Puts the new site in place. */
    public WriteSummary commit() {
        try {
            Set<String> removed = removed();
            if (outExisted) {
                Journal.commit(out, staging, staged, removed);
            } else {
                move(staging, out);
            }
            committed = true;
            Map<String, OutputFile> files = new HashMap<>(made);
            // the size and time the file system gave each new file, looked up on all cores (62,000 files at 10k)
            try {
                files.putAll(staged.parallelStream().collect(Collectors.toMap(Function.identity(), this::stat)));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            manifest = new OutputManifest(files);
            return new WriteSummary(staged.size(), unchanged.get(), removed.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the output folder " + out + ": " + e.getMessage(), e);
        }
    }

    private OutputFile stat(String sitePath) {
        try {
            return OutputFile.stat(out.resolve(sitePath), made.get(sitePath).content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the output folder holds after {@link #commit()}, for the next build. */
    public OutputManifest manifest() {
        if (manifest == null) {
            throw new IllegalStateException("not committed");
        }
        return manifest;
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

    /**
     * The file whose lock a build holds while it writes to {@code out} (an absolute, normalised path) and the cache
     * beside it.
     */
    public static Path lockFile(Path out) {
        return out.resolveSibling("." + out.getFileName() + ".lock");
    }

    /** One build at a time per output folder (a preview server and a build, say); a second one waits. */
    private static FileLock lock(Path out) throws IOException {
        FileChannel channel = FileChannel.open(lockFile(out), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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

    private void claim(String sitePath) {
        if (sitePath.isEmpty() || sitePath.startsWith("/") || Arrays.asList(sitePath.split("/")).contains("..")) {
            throw new IllegalArgumentException("not a path below the site root: " + sitePath);
        }
        if (!paths.add(sitePath)) {
            throw new IllegalStateException("two outputs want the same file " + sitePath);
        }
    }

    private static boolean sameBytes(Path previous, byte[] bytes) throws IOException {
        return Files.isRegularFile(previous) && Files.size(previous) == bytes.length
                && Arrays.equals(Files.readAllBytes(previous), bytes);
    }

    /**
     * Files of the previous output this build did not make. Without a manifest (a site from before the cache, or the
     * cache was deleted) the output folder is listed.
     */
    private Set<String> removed() throws IOException {
        Set<String> before = new HashSet<>(previous.files().keySet());
        if (outExisted && previous.files().isEmpty()) {
            try (Stream<Path> files = Files.walk(out)) {
                files.filter(Files::isRegularFile).forEach(f -> before.add(out.relativize(f).toString().replace('\\', '/')));
            }
        }
        before.removeAll(paths);
        return before;
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
