package de.tagungsband.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSS as a browser's tokenizer reads its names: an escape in a function or at-rule name ({@code u\72l(},
 * {@code @\69mport}) is the letter it stands for, so {@code u\72l(…)} loads as {@code url(…)} does. The CSS
 * parser of the build reads escapes inside strings but not in names, and drops what it cannot read; this gives
 * it the names as the browser sees them, and finds the addresses of what it dropped.
 */
final class CssNames {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{1,6}");
    /** {@code url(…)} with or without quotes, and {@code @import "…"}, in text whose names are decoded. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s]*))|@import\\s+(?:\"([^\"]*)\"|'([^']*)')");

    private CssNames() {
    }

    /** The CSS with every escape outside strings that stands for a name character replaced by that character. */
    static String decoded(String css) {
        if (css.indexOf('\\') < 0) {
            return css;
        }
        StringBuilder out = new StringBuilder(css.length());
        char quote = 0;
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == '\\' && i + 1 < css.length()) {
                    out.append(css.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
                i++;
            } else if (c == '"' || c == '\'') {
                quote = c;
                out.append(c);
                i++;
            } else if (c == '\\' && i + 1 < css.length()) {
                i = escape(css, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Appends the escape at {@code start} (a backslash) decoded when it is a name character; returns where it ends. */
    private static int escape(String css, int start, StringBuilder out) {
        Matcher hex = HEX.matcher(css).region(start + 1, css.length());
        int end;
        int codePoint;
        if (hex.lookingAt()) {
            codePoint = Integer.parseInt(hex.group(), 16);
            end = hex.end();
            if (end < css.length() && Character.isWhitespace(css.charAt(end))) {
                end++;
            }
        } else {
            codePoint = css.codePointAt(start + 1);
            end = start + 1 + Character.charCount(codePoint);
        }
        if (isNameCharacter(codePoint)) {
            out.appendCodePoint(codePoint);
        } else {
            out.append(css, start, end);
        }
        return end;
    }

    private static boolean isNameCharacter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                || c >= 0x80 && Character.isValidCodePoint(c) && (c < 0xD800 || c > 0xDFFF);
    }

    /** Every address in {@code url(…)} and {@code @import "…"} of text whose names are {@link #decoded}. */
    static List<String> addressesInText(String decodedCss) {
        List<String> addresses = new ArrayList<>();
        Matcher m = ADDRESS.matcher(decodedCss);
        while (m.find()) {
            for (int group = 1; group <= m.groupCount(); group++) {
                if (m.group(group) != null) {
                    addresses.add(stringDecoded(m.group(group)));
                    break;
                }
            }
        }
        return addresses;
    }

    /** An escape inside a string or url() stands for its character whatever it is ({@code ht\74ps:}). */
    private static String stringDecoded(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                continue;
            }
            Matcher hex = HEX.matcher(text).region(i + 1, text.length());
            if (hex.lookingAt()) {
                int codePoint = Integer.parseInt(hex.group(), 16);
                out.appendCodePoint(Character.isValidCodePoint(codePoint) && codePoint != 0 ? codePoint : 0xFFFD);
                i = hex.end() < text.length() && Character.isWhitespace(text.charAt(hex.end())) ? hex.end() : hex.end() - 1;
            } else {
                out.append(text.charAt(++i));
            }
        }
        return out.toString();
    }
}
