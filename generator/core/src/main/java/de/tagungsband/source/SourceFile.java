package de.tagungsband.source;

import de.tagungsband.digest.Fingerprint;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * A text file of the content folder, with line ends normalised to {@code \n}. The text is kept as UTF-8, as in the
 * file: a string of German text (quotation marks and dashes outside Latin-1) takes two bytes a character, and the
 * sources are, with the rendered bodies, most of what a build keeps in memory; {@link #text()} decodes it.
 *
 * @param path path relative to the content folder, the identity of the file everywhere in the pipeline
 * @param utf8 the text, without a byte-order mark, lines ending in {@code \n}; not changed after construction
 * @param hash a fingerprint of the raw bytes (XXH3, 128 bits, in hex), so later stages can tell whether the file
 *             changed; no protection against deliberate collisions is needed there
 */
public record SourceFile(Path path, byte[] utf8, String hash) {

    public SourceFile(Path path, String text, String hash) {
        this(path, text.getBytes(StandardCharsets.UTF_8), hash);
    }

    /** The text, a new string each time: keep it while working with it. */
    public String text() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /**
     * A file from its raw bytes, which must be UTF-8 (see {@link ContentScanner} for how other bytes are reported):
     * a byte-order mark is dropped and line ends become {@code \n}, as editors count lines.
     */
    public static SourceFile decode(Path path, byte[] bytes) {
        return new SourceFile(path, TextDecoder.decode(bytes), hash(bytes));
    }

    /**
     * As {@link #decode}, for text that {@link TextDecoder#decodeOrFindBadLine} has decoded already: the file's own
     * bytes are kept when decoding changed nothing but the coding (no byte-order mark, no carriage return).
     */
    static SourceFile of(Path path, String text, byte[] bytes) {
        boolean asWritten = !(bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF);
        for (int i = 0; asWritten && i < bytes.length; i++) {
            asWritten = bytes[i] != '\r';
        }
        return new SourceFile(path, asWritten ? bytes : text.getBytes(StandardCharsets.UTF_8), hash(bytes));
    }

    private static String hash(byte[] bytes) {
        Fingerprint fingerprint = Fingerprint.of(bytes);
        return HexFormat.of().toHexDigits(fingerprint.high()) + HexFormat.of().toHexDigits(fingerprint.low());
    }

    @Override
    public String toString() {
        return "SourceFile[path=" + path + ", hash=" + hash + "]";
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
