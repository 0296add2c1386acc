package de.tagungsband.publish;

import de.tagungsband.digest.Fingerprint;
import de.tagungsband.i18n.Text;
import de.tagungsband.publish.OutputManifest.OutputFile;
import de.tagungsband.source.ControlCharacters;

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
import java.security.SecureRandom;
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
    /** The files of the output folder that tagungsband wrote ({@link OwnedFiles}): no other file is ever removed. */
    private final Set<String> owned;
    private final boolean outExisted;
    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    private final Set<String> staged = ConcurrentHashMap.newKeySet();
    private final Map<String, OutputFile> made = new ConcurrentHashMap<>();
    private final AtomicInteger unchanged = new AtomicInteger();
    /** Folders of the staging folder made so far: asking the file system again for each file costs a failed mkdir. */
    private final Set<Path> stagingFolders = ConcurrentHashMap.newKeySet();
    private OutputManifest manifest;
    private boolean committed;

    private SiteWriter(Path out, Path staging, FileLock lock, OutputManifest previous, Set<String> owned) {
        this.out = out;
        this.staging = staging;
        this.lock = lock;
        this.outExisted = Files.isDirectory(out);
        this.previous = outExisted ? previous : OutputManifest.EMPTY;
        this.owned = owned;
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
                // an output folder made before the record was kept inside it: what the cache says was written
                Set<String> owned = OwnedFiles.read(out).orElse(previous.files().keySet());
                return new SiteWriter(out, createStaging(out), lock, previous, owned);
            } catch (IOException | RuntimeException e) {
                release(lock);
                throw e;
            }
        } catch (IOException e) {
            if (Files.exists(Journal.file(out))) {
                throw new PartlyPublished(Text.of("publish.partlyEarlier", out, String.valueOf(e.getMessage())), e);
            }
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
            Set<String> moved = new HashSet<>(staged);
            byte[] ownership = OwnedFiles.bytes(owned(removed));
            boolean ownershipChanged = stageOwnership(ownership);
            if (ownershipChanged) {
                moved.add(OwnedFiles.NAME);
            }
            if (outExisted) {
                Journal.commit(out, staging, moved, removed);
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
            files.put(OwnedFiles.NAME, OutputFile.stat(OwnedFiles.file(out), Fingerprint.of(ownership)));
            manifest = new OutputManifest(files);
            // the record of owned files counts as a file of the folder, written or unchanged
            int record = ownershipChanged ? 1 : 0;
            return new WriteSummary(staged.size() + record, unchanged.get() + 1 - record,
                    removed.size());
        } catch (IOException e) {
            if (Files.exists(Journal.file(out))) {
                throw new PartlyPublished(Text.of("publish.partly", out, String.valueOf(e.getMessage())), e);
            }
            throw new UncheckedIOException("cannot update the output folder " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * Puts the record of the files the folder holds after this commit into the staging folder, unless the folder
     * already has it with these bytes; whether it did.
     */
    private boolean stageOwnership(byte[] bytes) throws IOException {
        if (outExisted && sameBytes(OwnedFiles.file(out), bytes)) {
            return false;
        }
        Files.write(staging.resolve(OwnedFiles.NAME), bytes);
        return true;
    }

    /** The files the output folder holds after this commit, of those tagungsband wrote. */
    private Set<String> owned(Set<String> removed) {
        Set<String> after = new HashSet<>(owned);
        after.removeAll(removed);
        after.addAll(paths);
        return after;
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
            // after a commit that failed halfway the journal's files wait there for the next build to move them in
            if (!committed && !Files.exists(Journal.file(out))) {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(lock);
        }
    }

    /**
     * A new staging folder beside {@code out}, with the permissions the user's umask gives (as the output folder it
     * becomes on a first build must have: a temporary folder's 0700 makes a web server running as another user
     * answer 403, and {@code rsync -a} copies it).
     */
    private static Path createStaging(Path out) throws IOException {
        SecureRandom random = new SecureRandom();
        for (int attempt = 0; ; attempt++) {
            Path staging = out.resolveSibling("." + out.getFileName() + ".staging-" + Long.toUnsignedString(random.nextLong(), 36));
            try {
                return Files.createDirectory(staging);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
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
        if (!SitePathCheck.valid(sitePath) || sitePath.equals(OwnedFiles.NAME)) {
            throw new IllegalArgumentException("not a path below the site root: " + ControlCharacters.escaped(sitePath));
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
     * Files of the previous output this build did not make: only ever files that tagungsband wrote there
     * ({@link #owned}), never one a user put into the output folder.
     */
    private Set<String> removed() {
        Set<String> removed = new HashSet<>(owned);
        removed.retainAll(owned);
        removed.removeAll(paths);
        return removed;
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
