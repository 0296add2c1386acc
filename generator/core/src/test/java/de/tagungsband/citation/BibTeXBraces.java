package de.tagungsband.citation;

/** Test check for BibTeX output: braces, not counting escaped ones, never close early and all close again. */
public final class BibTeXBraces {

    private BibTeXBraces() {
    }

    public static boolean balanced(String bib) {
        int depth = 0;
        for (int i = 0; i < bib.length(); i++) {
            char c = bib.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
