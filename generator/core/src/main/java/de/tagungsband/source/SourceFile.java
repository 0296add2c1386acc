package de.tagungsband.source;

import de.tagungsband.digest.Fingerprint;

import java.nio.file.Path;
import java.util.HexFormat;

/**
 * A text file of the content folder, decoded and with line ends normalised to {@code \n}.
 *
 * @param path path relative to the content folder, the identity of the file everywhere in the pipeline
 * @param hash a fingerprint of the raw bytes (XXH3, 128 bits, in hex), so later stages can tell whether the file
 *             changed; no protection against deliberate collisions is needed there
 */
public record SourceFile(Path path, String text, String hash) {

    /**
     * A file from its raw bytes, which must be UTF-8 (see {@link ContentScanner} for how other bytes are reported):
     * a byte-order mark is dropped and line ends become {@code \n}, as editors count lines.
     */
    public static SourceFile decode(Path path, byte[] bytes) {
        return new SourceFile(path, TextDecoder.decode(bytes), hash(bytes));
    }

    /** As {@link #decode}, for text that {@link TextDecoder#decodeOrFindBadLine} has decoded already. */
    static SourceFile of(Path path, String text, byte[] bytes) {
        return new SourceFile(path, text, hash(bytes));
    }

    private static String hash(byte[] bytes) {
        Fingerprint fingerprint = Fingerprint.of(bytes);
        return HexFormat.of().toHexDigits(fingerprint.high()) + HexFormat.of().toHexDigits(fingerprint.low());
    }

    /** Identity by path and content hash: comparing or hashing the whole text would make every index slow. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SourceFile that && path.equals(that.path) && hash.equals(that.hash);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + hash.hashCode();
    }

    /** The file name without {@code .md}. */
    public String baseName() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
