package de.tagungsband.cache;

import com.dynatrace.hash4j.hashing.HashStream128;
import de.tagungsband.digest.Fingerprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

    /**
     * Names, sizes and modification times of every file below the folders (or of the files themselves). The entries
     * of each folder (one per event in a content folder) are taken in parallel.
     */
    public static Fingerprint folders(List<Path> roots) {
        HashStream128 stream = Fingerprint.stream();
        for (Path root : roots) {
            stream.putString(root.toAbsolutePath().normalize().toString());
            try {
                if (!Files.isDirectory(root)) {
                    put(stream, root);
                    continue;
                }
                List<Path> entries = entries(root);
                stream.putInt(entries.size());
                for (Fingerprint entry : entries.parallelStream().map(Inputs::entry).toList()) {
                    stream.putLong(entry.high()).putLong(entry.low());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
            }
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

    private static Fingerprint entry(Path path) {
        try {
            return Fingerprint.of(put(Fingerprint.stream(), path).get());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Puts a file's name, size, time and whether it is a link; or a folder's name and its entries in the order of
     * their names. Links are not followed. Nothing at all for a path that does not exist.
     */
    private static HashStream128 put(HashStream128 stream, Path path) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return stream;
        }
        Path name = path.getFileName();
        stream.putString(name == null ? "" : name.toString()).putBoolean(attributes.isDirectory());
        if (attributes.isDirectory()) {
            List<Path> entries = entries(path);
            stream.putInt(entries.size());
            for (Path entry : entries) {
                put(stream, entry);
            }
        } else {
            Instant time = attributes.lastModifiedTime().toInstant();
            stream.putLong(attributes.size()).putLong(time.getEpochSecond()).putInt(time.getNano())
                    .putBoolean(attributes.isSymbolicLink());
        }
        return stream;
    }

    /** The entries of a folder, in the order of their names. */
    private static List<Path> entries(Path folder) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(folder)) {
            list.forEach(entries::add);
        }
        entries.sort(null);
        return entries;
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
