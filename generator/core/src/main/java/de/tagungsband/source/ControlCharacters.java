package de.tagungsband.source;

/**
 * Control characters (C0, DEL, C1) in names: a file name with a line break or tab breaks every list of file names
 * written one per line, and is shown to an editor as something else than it is.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    public static boolean isControl(int c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0);
    }

    public static boolean in(String text) {
        return text.chars().anyMatch(ControlCharacters::isControl);
    }

    /** {@code text} with each control character written as {@code \n}, {@code \t}, {@code \r} or {@code \u0007}. */
    public static String escaped(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> shown.append("\\n");
                case '\t' -> shown.append("\\t");
                case '\r' -> shown.append("\\r");
                default -> {
                    if (isControl(c)) {
                        shown.append(String.format("\\u%04x", c));
                    } else {
                        shown.appendCodePoint(c);
                    }
                }
            }
        });
        return shown.toString();
    }
}
