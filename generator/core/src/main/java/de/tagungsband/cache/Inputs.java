package de.tagungsband.cache;

import com.dynatrace.hash4j.hashing.HashStream128;
import de.tagungsband.digest.Fingerprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fingerprints of what a build reads, cheap enough to take before building: the program itself, and the names,
 * sizes and modification times of the files in given folders (their contents are not read).
 */
public final class Inputs {

    private Inputs() {
    }

    /** The program: its jar (path, size, time) or, run from a classes folder, every file in it. */
    public static Fingerprint program() {
        try {
            Path code = Path.of(Inputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return folders(List.of(code));
        } catch (URISyntaxException | SecurityException e) {
            return Fingerprint.of(String.valueOf(System.nanoTime())); // unknown program: never equal
        }
    }

    /** Names, sizes and modification times of every file below the folders (or of the files themselves). */
    public static Fingerprint folders(List<Path> roots) {
        HashStream128 stream = Fingerprint.stream();
        for (Path root : roots) {
            stream.putString(root.toAbsolutePath().normalize().toString());
            Map<String, long[]> files = new TreeMap<>();
            try {
                if (Files.exists(root)) {
                    Files.walkFileTree(root, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            var time = attributes.lastModifiedTime().toInstant();
                            files.put(root.relativize(file).toString(), new long[] {attributes.size(),
                                    time.getEpochSecond(), time.getNano(), attributes.isSymbolicLink() ? 1 : 0});
                            return FileVisitResult.CONTINUE;
                        }
                    });
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
            }
            stream.putInt(files.size());
            files.forEach((name, stat) -> stream.putString(name).putLongs(stat));
        }
        return Fingerprint.of(stream.get());
    }

    /** Names, sizes and modification times of some files below {@code root} (relative paths). */
    public static Fingerprint files(Path root, Collection<Path> files) {
        HashStream128 stream = Fingerprint.stream();
        for (Path file : new TreeSet<>(files)) {
            stream.putString(file.toString());
            try {
                BasicFileAttributes attributes = Files.readAttributes(root.resolve(file), BasicFileAttributes.class);
                var time = attributes.lastModifiedTime().toInstant();
                stream.putLong(attributes.size()).putLong(time.getEpochSecond()).putInt(time.getNano());
            } catch (IOException e) {
                stream.putLong(-1); // gone
            }
        }
        return Fingerprint.of(stream.get());
    }

    /** The bytes of every file below {@code root} (a templates folder: small, and maybe freshly unpacked). */
    public static Fingerprint contents(Path root) {
        HashStream128 stream = Fingerprint.stream();
        try (var files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Fingerprint content = Fingerprint.of(Files.readAllBytes(file));
                stream.putString(root.relativize(file).toString()).putLong(content.high()).putLong(content.low());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root + ": " + e.getMessage(), e);
        }
        return Fingerprint.of(stream.get());
    }
}
