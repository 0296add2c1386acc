package de.tagungsband.markdown;

/**
 * Escaping as Jsoup writes a fragment (base entities, UTF-8), so that a body reads the same whether or not it went
 * through {@link HtmlCleaner}: '"' in text stays as it is, a no-break space becomes {@code &nbsp;}.
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
