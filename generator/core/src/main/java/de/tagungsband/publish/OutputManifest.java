package de.tagungsband.publish;

import de.tagungsband.digest.Fingerprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * What the last build wrote: each file of the output folder by site path, with its content fingerprint and the size
 * and modification time it had then. A file whose size and time still match need not be read to know its bytes.
 */
public record OutputManifest(Map<String, OutputFile> files) {

    public static final OutputManifest EMPTY = new OutputManifest(Map.of());

    public OutputManifest {
        files = Map.copyOf(files);
    }

    /** The size and time of every file, for a check that need not know their contents. */
    public OutputStamps stamps() {
        return OutputStamps.of(files);
    }

    /** One written file. {@code modified} is in nanoseconds since the epoch. */
    public record OutputFile(Fingerprint content, long size, long modified) {

        static OutputFile stat(Path file, Fingerprint content) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new OutputFile(content, attributes.size(), nanos(attributes));
        }

        /** Whether {@code file} still is what was written (same size and modification time). */
        boolean matches(Path file) {
            return unchanged(file, size, modified);
        }

        static boolean unchanged(Path file, long size, long modified) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return attributes.isRegularFile() && attributes.size() == size && nanos(attributes) == modified;
            } catch (IOException e) {
                return false;
            }
        }

        private static long nanos(BasicFileAttributes attributes) {
            var instant = attributes.lastModifiedTime().toInstant();
            return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
        }
    }
}
