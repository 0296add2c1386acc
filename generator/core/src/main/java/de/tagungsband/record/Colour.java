package de.tagungsband.record;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An sRGB colour as written in {@code site.yaml} ({@code "#1d4f6e"}), with the WCAG 2.1 contrast ratio between two
 * colours and the mixes the archive's palette is derived from.
 */
public record Colour(int red, int green, int blue) {

    public static final Colour WHITE = new Colour(255, 255, 255);
    public static final Colour BLACK = new Colour(0, 0, 0);
    /** The smallest contrast WCAG 2.1 AA allows for body text (1.4.3). */
    public static final double AA = 4.5;
    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})");

    /** {@code #1d4f6e}, {@code 1d4f6e} or {@code #abc}; empty for anything else. */
    public static Optional<Colour> parse(String text) {
        if (text == null || !HEX.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        String hex = text.strip().replace("#", "");
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        int rgb = Integer.parseInt(hex, 16);
        return Optional.of(new Colour(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
    }

    public static Colour of(String hex) {
        return parse(hex).orElseThrow(() -> new IllegalArgumentException("not a colour: " + hex));
    }

    /** Relative luminance as WCAG 2.1 defines it. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** The contrast ratio with {@code other}, from 1 (same) to 21 (black on white). */
    public double contrast(Colour other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** This colour moved {@code share} (0…1) of the way towards {@code other}. */
    public Colour towards(Colour other, double share) {
        return new Colour(mix(red, other.red, share), mix(green, other.green, share), mix(blue, other.blue, share));
    }

    /**
     * The colour nearest to this one on the way towards {@code direction} that has at least {@code ratio} contrast
     * with every colour of {@code against}; {@code direction} itself when no step short of it has.
     */
    public Colour untilContrast(Colour direction, double ratio, Colour... against) {
        for (int step = 0; step <= 100; step++) {
            Colour candidate = towards(direction, step / 100.0);
            boolean enough = true;
            for (Colour c : against) {
                enough &= candidate.contrast(c) >= ratio;
            }
            if (enough) {
                return candidate;
            }
        }
        return direction;
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /**
     * The ratio as an editor reads it, rounded down (so that 4.49 never shows as 4.5), as its whole number and its
     * tenths: the message puts the decimal mark of its language between them ("3,2:1", "3.2:1").
     */
    public static String[] ratio(double contrast) {
        long tenths = (long) Math.floor(contrast * 10);
        return new String[] {String.valueOf(tenths / 10), String.valueOf(tenths % 10)};
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int mix(int from, int to, double share) {
        return (int) Math.round(from + (to - from) * share);
    }
}
