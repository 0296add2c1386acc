package de.tagungsband.html;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A page written in any pieces gives the bytes {@link String#getBytes} gives for the whole text. */
class PageBufferTest {

    private static final String ALPHABET = "a<\"é–„“€\uD83D\uDE00\uD83D\uDE00\uD83D\uDC00\uDE00\u0000\u007F\u0080\u07FF\u0800\uFFFF";

    @Test
    void encodesAsStringDoesInAnyPieces() {
        Random random = new Random(7);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String whole = text.toString();
            PageBuffer buffer = new PageBuffer(1 + random.nextInt(8));
            for (int at = 0; at < whole.length(); ) {
                int length = Math.min(whole.length() - at, random.nextInt(6));
                switch (random.nextInt(4)) {
                    case 0 -> buffer.write(whole, at, length);
                    case 1 -> buffer.write(whole.toCharArray(), at, length);
                    case 2 -> buffer.append(whole.substring(at, at + length));
                    default -> {
                        length = Math.min(1, length);
                        if (length == 1) {
                            buffer.write(whole.charAt(at));
                        }
                    }
                }
                at += length;
            }
            assertArrayEquals(whole.getBytes(StandardCharsets.UTF_8), buffer.toUtf8(), "round " + round + ": " + whole);
        }
    }

    @Test
    void givesTheTextBackAsAString() {
        PageBuffer buffer = new PageBuffer(4);
        buffer.write("Überschrift – „Zitat“ \uD83D\uDE00");
        assertEquals("Überschrift – „Zitat“ \uD83D\uDE00", buffer.toString());
    }
}
