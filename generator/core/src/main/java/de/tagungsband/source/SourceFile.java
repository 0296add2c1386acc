package de.tagungsband.source;

import java.nio.file.Path;

/**
 * A text file of the content folder, decoded and with line ends normalised to {@code \n}.
 *
 * @param path path relative to the content folder, the identity of the file everywhere in the pipeline
 * @param hash SHA-256 of the raw bytes, so later stages can tell whether the file changed
 */
public record SourceFile(Path path, String text, String hash) {

    /** The file name without {@code .md}. */
    public String baseName() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
