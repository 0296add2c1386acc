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
     * a NUL: one pass of the decoder for both.
     */
    record Decoded(Optional<String> text, int badLine) {
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
            return new Decoded(Optional.of(normalised(out.flip().toString())), 0);
        }
        return new Decoded(Optional.empty(), lineAt(bytes, nul >= 0 ? nul : end));
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
