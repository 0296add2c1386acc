package de.tagungsband.record;

import java.util.Optional;

/**
 * What makes the archive look like its owner's, from {@code site.yaml}: a logo and two brand colours. The colours
 * of every element are derived from the two, for light and for dark mode, so that every text keeps at least 4.5:1
 * contrast (WCAG 2.1 AA): the reader refuses colours that cannot give that, and the derived ones are chosen until
 * they do.
 *
 * @param logo      the logo shown in the header and on the volume's cover and title page
 * @param primary   links, buttons and rules: text in it on white, white text on it
 * @param secondary the header's band: the title (dark text) and the navigation (primary) on it
 * @param custom    whether {@code site.yaml} set the colours (else the stylesheet's own, equal, defaults apply)
 */
public record Identity(Optional<Logo> logo, Colour primary, Colour secondary, boolean custom) {

    public static final Colour TEXT = Colour.of("#1b1f23");
    public static final Colour DARK_BACKGROUND = Colour.of("#15181c");
    public static final Colour DARK_TEXT = Colour.of("#e4e7eb");
    public static final Identity DEFAULT = new Identity(Optional.empty(), Colour.of("#1d4f6e"), Colour.of("#e8f0f5"), false);

    /**
     * A logo copied into the site.
     *
     * @param contentPath relative to the content folder
     * @param width       its width in CSS pixels at the height {@code height} (its aspect ratio)
     */
    public record Logo(String contentPath, String sitePath, int width, int height) {
    }

    /** The derived colours of one mode (light or dark). */
    public record Palette(Colour accent, Colour accentStrong, Colour accentSoft, Colour band, Colour onAccent) {
    }

    public Palette light() {
        Colour soft = primary.towards(Colour.WHITE, 0.9).untilContrast(Colour.WHITE, Colour.AA, primary, TEXT);
        return new Palette(primary, primary.towards(Colour.BLACK, 0.25), soft, secondary, Colour.WHITE);
    }

    public Palette dark() {
        Colour band = primary.towards(DARK_BACKGROUND, 0.7).untilContrast(DARK_BACKGROUND, 7, DARK_TEXT);
        Colour soft = primary.towards(DARK_BACKGROUND, 0.8).untilContrast(DARK_BACKGROUND, 7, DARK_TEXT);
        Colour accent = primary.untilContrast(Colour.WHITE, Colour.AA, DARK_BACKGROUND, band, soft);
        return new Palette(accent, accent.towards(Colour.WHITE, 0.3), soft, band, DARK_BACKGROUND);
    }

    /** The custom properties that put the colours into the stylesheet; empty when site.yaml sets none. */
    public String style() {
        if (!custom) {
            return "";
        }
        return ":root{" + properties(light()) + "}@media (prefers-color-scheme:dark){:root{" + properties(dark()) + "}}";
    }

    static String properties(Palette p) {
        return "--accent:" + p.accent().hex() + ";--accent-strong:" + p.accentStrong().hex() + ";--accent-soft:"
                + p.accentSoft().hex() + ";--band:" + p.band().hex() + ";--on-accent:" + p.onAccent().hex();
    }
}
