package de.tagungsband.markdown;

import org.jsoup.internal.StringUtil;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Plain text gathers whitespace exactly as Jsoup's {@code Element.text()} does, which the Jsoup pass uses. */
class PlainTextTest {

    private static final String ALPHABET = "ab ü\t\n\r\f\u00A0\u200B\u00AD–„“\uD83D\uDE00\uD83D";

    @Test
    void normalisesWhitespaceAsJsoupDoes() {
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            PlainText plain = new PlainText();
            StringBuilder jsoup = new StringBuilder();
            for (int piece = random.nextInt(5); piece >= 0; piece--) {
                String words = randomText(random);
                boolean stripLeading = !jsoup.isEmpty() && jsoup.charAt(jsoup.length() - 1) == ' ';
                StringUtil.appendNormalisedWhitespace(jsoup, words, stripLeading);
                plain.append(words);
                if (random.nextInt(4) == 0) {
                    plain.blockBoundary();
                    if (!jsoup.isEmpty() && jsoup.charAt(jsoup.length() - 1) != ' ') {
                        jsoup.append(' ');
                    }
                }
            }
            assertEquals(jsoup.toString().trim(), plain.toString(), "round " + round);
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
