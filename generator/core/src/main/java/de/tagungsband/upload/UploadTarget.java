package de.tagungsband.upload;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Where the site goes: a folder reached over SFTP, or a plain folder. Paths are relative, with forward slashes. */
public interface UploadTarget extends Closeable {

    /** The bytes of a file on the target, if it is there. */
    Optional<byte[]> read(String path) throws IOException;

    /** Puts {@code local} at {@code path} so that no reader ever sees half of it (a temporary name, then a rename). */
    void put(String path, Path local) throws IOException;

    /** Writes small bytes at {@code path} the same way. */
    void write(String path, byte[] bytes) throws IOException;

    /** Removes a file; a file that is already gone is fine. */
    void delete(String path) throws IOException;

    /** Adds bytes at the end of a file (the journal), creating it; they are on the target when this returns. */
    void append(String path, byte[] bytes) throws IOException;

    /** For messages: user@host:/folder, or the folder. */
    String describe();
}
