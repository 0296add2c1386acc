package de.tagungsband.markdown;

/**
 * Escaping as Jsoup writes a cleaned fragment (base entities, UTF-8): the form {@link HtmlCleaner} leaves a body in,
 * which {@link DirectHtml} must match byte for byte. Unlike Flexmark, Jsoup leaves '"' in text as it is and writes
 * a no-break space as {@code &nbsp;}.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String escapeText(String text) {
        return escape(text, false);
    }

    static String escapeAttribute(String value) {
        return escape(value, true);
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\u00A0' -> "&nbsp;";
                case '"' -> attribute ? "&quot;" : null;
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
