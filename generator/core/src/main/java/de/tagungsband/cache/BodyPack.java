package de.tagungsband.cache;

import de.tagungsband.digest.Fingerprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The cached bodies in a few pack files instead of a file each: making tens of thousands of small files costs the
 * file system more than writing their bytes. Each build appends the bodies it made to a pack of its own; which
 * body lies where is kept in the build state ({@link #index()}), so a body no state names is garbage, and a build
 * that was killed leaves nothing wrong behind. When packs hold more garbage than bodies, or there are many small
 * ones, the bodies still in use are copied into a new pack. Every entry carries a checksum: a damaged pack reads
 * as not remembered, never as another text.
 */
final class BodyPack {

    /** Where a body's bytes lie, and their checksum. */
    record Location(String pack, long offset, int length, long checksum) {
    }

    static final String SUFFIX = ".pack";
    /** More packs than this are merged (all but the largest, unless that is mostly garbage). */
    private static final int MAX_PACKS = 8;

    private final Path folder;
    private volatile Map<Fingerprint, Location> index = Map.of();
    private final Map<Fingerprint, Location> used = new ConcurrentHashMap<>();
    private final Map<String, FileChannel> readers = new ConcurrentHashMap<>();
    private Appender appender;

    BodyPack(Path folder) {
        this.folder = folder;
    }

    /** The bodies the last state names; none are used yet. */
    synchronized void restore(Map<Fingerprint, Location> index) {
        closeReaders();
        this.index = Map.copyOf(index);
        used.clear();
    }

    /** The bytes of the body made from {@code input}, if a pack holds them undamaged; it is then in use. */
    Optional<byte[]> read(Fingerprint input) {
        Location location = index.get(input);
        if (location == null) {
            return Optional.empty();
        }
        Optional<byte[]> bytes = bytesAt(location);
        bytes.ifPresent(body -> used.put(input, location));
        return bytes;
    }

    private Optional<byte[]> bytesAt(Location location) {
        try {
            FileChannel channel = readers.computeIfAbsent(location.pack(), this::openForReading);
            ByteBuffer bytes = ByteBuffer.allocate(location.length());
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, location.offset() + bytes.position()) < 0) {
                    return Optional.empty();
                }
            }
            return checksum(bytes.array()) == location.checksum() ? Optional.of(bytes.array()) : Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Appends a body to this build's pack; it is then in use. */
    void write(Fingerprint input, byte[] body) throws IOException {
        used.put(input, appender().append(body));
    }

    /**
     * Ends the build: the bodies in use become the index (merged into a new pack when the packs hold too much
     * garbage or are too many), and packs it does not name are deleted.
     */
    synchronized Map<Fingerprint, Location> settle() throws IOException {
        closeAppender();
        Map<Fingerprint, Location> kept = new HashMap<>(used);
        Map<String, Long> liveBytes = new HashMap<>();
        kept.values().forEach(l -> liveBytes.merge(l.pack(), (long) l.length(), Long::sum));
        Set<String> merge = packsToMerge(liveBytes);
        if (!merge.isEmpty()) {
            List<Map.Entry<Fingerprint, Location>> moving = kept.entrySet().stream()
                    .filter(e -> merge.contains(e.getValue().pack()))
                    .sorted(Comparator.comparing((Map.Entry<Fingerprint, Location> e) -> e.getValue().pack())
                            .thenComparingLong(e -> e.getValue().offset()))
                    .toList();
            try (Appender merged = new Appender(folder)) {
                for (Map.Entry<Fingerprint, Location> entry : moving) {
                    Optional<byte[]> bytes = bytesAt(entry.getValue());
                    if (bytes.isPresent()) {
                        kept.put(entry.getKey(), merged.append(bytes.get()));
                    } else {
                        kept.remove(entry.getKey()); // damaged: the next build renders it again
                    }
                }
            }
        }
        closeReaders();
        deleteAllBut(kept.values());
        index = Map.copyOf(kept);
        used.clear();
        return index;
    }

    /** The bodies of the last {@link #restore} or {@link #settle}. */
    Map<Fingerprint, Location> index() {
        return index;
    }

    /** Packs whose bodies move to a new one: all when they hold more garbage than bodies; else the small ones when too many. */
    private Set<String> packsToMerge(Map<String, Long> liveBytes) throws IOException {
        long live = 0;
        long total = 0;
        Map<String, Long> sizes = new HashMap<>();
        for (Map.Entry<String, Long> pack : liveBytes.entrySet()) {
            long size = size(pack.getKey());
            sizes.put(pack.getKey(), size);
            live += pack.getValue();
            total += size;
        }
        if (total > 2 * live && total > 1 << 20) {
            return sizes.keySet();
        }
        if (sizes.size() <= MAX_PACKS) {
            return Set.of();
        }
        String largest = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Set<String> small = new HashSet<>(sizes.keySet());
        small.remove(largest);
        return small;
    }

    private long size(String pack) throws IOException {
        try {
            return Files.size(folder.resolve(pack));
        } catch (NoSuchFileException e) {
            return 0;
        }
    }

    private void deleteAllBut(Collection<Location> kept) throws IOException {
        Set<String> named = new HashSet<>();
        kept.forEach(l -> named.add(l.pack()));
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> others = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(file -> !named.contains(file.getFileName().toString())).forEach(others::add);
        }
        for (Path file : others) {
            Files.deleteIfExists(file);
        }
    }

    /** Closes the packs this memory reads and writes; a pack written to but not settled is garbage. */
    synchronized void close() {
        closeReaders();
        try {
            closeAppender();
        } catch (IOException e) {
            // its bodies are named by no state
        }
    }

    private synchronized Appender appender() throws IOException {
        if (appender == null) {
            appender = new Appender(folder);
        }
        return appender;
    }

    private synchronized void closeAppender() throws IOException {
        if (appender != null) {
            appender.close();
            appender = null;
        }
    }

    private FileChannel openForReading(String pack) {
        try {
            return FileChannel.open(folder.resolve(pack), StandardOpenOption.READ);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeReaders() {
        readers.values().forEach(channel -> {
            try {
                channel.close();
            } catch (IOException e) {
                // only read from: nothing is lost
            }
        });
        readers.clear();
    }

    static long checksum(byte[] bytes) {
        return Fingerprint.of(bytes).low();
    }

    /** A new pack, written from its start; appends from many threads go one after another. */
    private static final class Appender implements AutoCloseable {
        private final String name;
        private final FileChannel channel;
        private long end;

        Appender(Path folder) throws IOException {
            Files.createDirectories(folder);
            this.name = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + SUFFIX;
            this.channel = FileChannel.open(folder.resolve(name), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        }

        synchronized Location append(byte[] bytes) throws IOException {
            long offset = end;
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer, offset + buffer.position());
            }
            end += bytes.length;
            return new Location(name, offset, bytes.length, checksum(bytes));
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
