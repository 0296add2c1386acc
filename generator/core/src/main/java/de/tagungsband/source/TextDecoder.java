package de.tagungsband.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding: a file that is not UTF-8 is reported with the line of its first bad byte, never guessed. */
final class TextDecoder {

    private TextDecoder() {
    }

    /**
     * Clean text, as {@link #decode} makes it, or the line (1-based) of the first byte that is not valid UTF-8 or is
     * a NUL: one pass of the decoder for both. For a NUL in otherwise good text, {@code nulColumn} is its place in
     * the line (1-based, in characters); 0 when the text is not UTF-8 (also UTF-16, which is full of NULs).
     */
    record Decoded(Optional<String> text, int badLine, int nulColumn) {
    }

    static Decoded decodeOrFindBadLine(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        boolean malformed = decoder.decode(in, out, true).isError();
        int end = malformed ? in.position() : bytes.length;
        int nul = indexOfNul(bytes, end);
        if (!malformed && nul < 0) {
            return new Decoded(Optional.of(normalised(out.flip().toString())), 0, 0);
        }
        int at = nul >= 0 ? nul : end;
        boolean strayNul = nul >= 0 && !malformed && !looksLikeUtf16(bytes);
        return new Decoded(Optional.empty(), lineAt(bytes, at), strayNul ? columnAt(bytes, nul) : 0);
    }

    /** A file saved as UTF-16 (Windows' "Unicode"): a byte-order mark of UTF-16, or a NUL beside most letters. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return true;
        }
        int sample = Math.min(bytes.length, 400);
        int nuls = 0;
        for (int i = 0; i < sample; i++) {
            nuls += bytes[i] == 0 ? 1 : 0;
        }
        return nuls * 4 > sample;
    }

    /** The place of a byte in its line, in characters, counted from 1. */
    private static int columnAt(byte[] bytes, int offset) {
        int start = offset;
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        return new String(bytes, start, offset - start, StandardCharsets.UTF_8).codePointCount(0,
                new String(bytes, start, offset - start, StandardCharsets.UTF_8).length()) + 1;
    }

    /** Decodes clean UTF-8 (checked by {@link #decodeOrFindBadLine} before), dropping a byte-order mark and normalising line ends. */
    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return normalised(text);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8", e);
        }
    }

    private static String normalised(String text) {
        String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutMark.indexOf('\r') < 0 ? withoutMark : withoutMark.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int indexOfNul(byte[] bytes, int end) {
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
