package de.tagungsband.source;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Files an earlier scan read, so that a scan in the same process (the preview's next rebuild) skips reading and
 * decoding a file whose size and modification time did not change.
 */
public interface KnownFiles {

    KnownFiles NONE = new KnownFiles() {
        @Override
        public Optional<SourceFile> recall(Path file, long size, long modified) {
            return Optional.empty();
        }

        @Override
        public void remember(Path file, long size, long modified, SourceFile read) {
        }
    };

    /** @param modified nanoseconds since the epoch */
    Optional<SourceFile> recall(Path file, long size, long modified);

    void remember(Path file, long size, long modified, SourceFile read);
}
