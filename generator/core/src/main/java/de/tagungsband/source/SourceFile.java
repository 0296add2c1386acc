package de.tagungsband.source;

import java.nio.file.Path;

/**
 * A text file of the content folder, decoded and with line ends normalised to {@code \n}.
 *
 * @param path path relative to the content folder, the identity of the file everywhere in the pipeline
 * @param hash SHA-256 of the raw bytes, so later stages can tell whether the file changed
 */
public record SourceFile(Path path, String text, String hash) {

    /**
     * A file from its raw bytes, which must be UTF-8 (see {@link ContentScanner} for how other bytes are reported):
     * a byte-order mark is dropped and line ends become {@code \n}, as editors count lines.
     */
    public static SourceFile decode(Path path, byte[] bytes) {
        return new SourceFile(path, TextDecoder.decode(bytes), sha256(bytes));
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
