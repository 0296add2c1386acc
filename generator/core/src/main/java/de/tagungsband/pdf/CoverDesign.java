package de.tagungsband.pdf;

import de.tagungsband.model.Event;
import de.tagungsband.record.Colour;
import de.tagungsband.record.Identity;
import de.tagungsband.record.Paper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The look of one volume's cover, so that the volumes of an archive are told apart on a shelf yet all in the
 * owner's colours: the background is the identity's primary colour turned a little round the colour wheel, and a
 * pattern of rings, dots, squares or arcs in a lighter tone fills the space between title and foot, the pattern chosen
 * by the event's month, its figures and the turn of the colour by its folder name (the same event always gets the
 * same cover). White text keeps at least 4.5:1 on the background and
 * on the pattern. The print shop's cover sheet takes its back and spine colour from here too.
 *
 * @param background the cover's colour
 * @param tone       the pattern's colour
 * @param pattern    rings, dots, squares or arcs
 * @param shapes     the pattern, in millimetres from the cover's top left corner
 */
public record CoverDesign(Colour background, Colour tone, String pattern, List<Shape> shapes) {

    /** One figure of the pattern: a disc, a ring (with a line {@code line} mm wide) or a square. */
    public record Shape(String kind, double left, double top, double size, double line) {

        /** The CSS of the shape's box, positioned in the cover. */
        public String style() {
            boolean outline = kind.startsWith("ring");
            double inner = size - (outline ? 2 * line : 0);
            return String.format(Locale.ROOT, "left:%.1fmm;top:%.1fmm;width:%.1fmm;height:%.1fmm;%s", left, top, inner,
                    inner, outline ? String.format(Locale.ROOT, "border-width:%.1fmm;", line) : "");
        }
    }

    static final List<String> PATTERNS = List.of("rings", "dots", "squares", "arcs");
    /** How far the background may turn from the brand colour, in degrees, each side. */
    private static final int MOST_TURN = 28;

    public static CoverDesign of(Identity identity, Event event, Paper paper) {
        long hash = hash(event.record().folder().toString().replace('\\', '/'));
        double turn = ((hash & 0xff) / 255.0 * 2 - 1) * MOST_TURN;
        Colour background = turned(identity.primary(), turn).untilContrast(Colour.BLACK, Colour.AA, Colour.WHITE);
        Colour tone = background.towards(Colour.WHITE, 0.14).untilContrast(Colour.BLACK, Colour.AA, Colour.WHITE);
        // by year and month, so that an archive's volumes, a few a year, rarely share one
        var start = event.record().start();
        String pattern = PATTERNS.get((start.getYear() * 12 + start.getMonthValue()) % PATTERNS.size());
        double width = paper == Paper.A5 ? 148 : 210;
        double height = paper == Paper.A5 ? 210 : 297;
        return new CoverDesign(background, tone, pattern, shapes(pattern, hash >>> 16, width, height));
    }

    /** The colour's hex code, for the templates. */
    public String backgroundHex() {
        return background.hex();
    }

    public String toneHex() {
        return tone.hex();
    }

    /** The background as the fractions of red, green and blue a PDF draws with. */
    float[] backgroundRgb() {
        return new float[] {background.red() / 255f, background.green() / 255f, background.blue() / 255f};
    }

    /**
     * The pattern's figures, all in the band between the title block and the foot (from 150 to 250 mm of an A4
     * cover, scaled for A5), so that none runs behind the title or the facts.
     */
    static List<Shape> shapes(String pattern, long bits, double width, double height) {
        double unit = width / 210;
        double top = 150 * unit;
        double bottom = 250 * unit;
        double middle = (top + bottom) / 2;
        List<Shape> shapes = new ArrayList<>();
        switch (pattern) {
            case "rings" -> {
                // concentric rings round a point near the right edge
                double x = width - (34 + (bits & 0xf)) * unit;
                for (int i = 0; i < 5; i++) {
                    double radius = (10 + i * 10) * unit;
                    shapes.add(new Shape("ring", x - radius, middle - radius, 2 * radius, (2.5 + (i % 2) * 1.5) * unit));
                }
            }
            case "dots" -> {
                // a grid of discs, each of a size the event's bits choose
                for (int row = 0; row < 6; row++) {
                    for (int column = 0; column < 11; column++) {
                        long bit = bits >>> ((row * 11 + column) % 46) & 3;
                        double size = (2 + bit * 2.2) * unit;
                        double cx = (38 + column * 15) * unit;
                        double cy = top + (8 + row * 16.5) * unit;
                        shapes.add(new Shape("disc", cx - size / 2, cy - size / 2, size, 0));
                    }
                }
            }
            case "squares" -> {
                // rows of squares, some filled, some open
                for (int column = 0; column < 8; column++) {
                    for (int row = 0; row < 4; row++) {
                        boolean filled = (bits >>> ((column * 4 + row) % 46) & 1) == 1;
                        double size = 15 * unit;
                        shapes.add(new Shape(filled ? "square" : "ring-square", (30 + column * 20) * unit,
                                top + (6 + row * 22) * unit, size, 1.4 * unit));
                    }
                }
            }
            default -> {
                // half circles round a point on the left edge
                for (int i = 0; i < 5; i++) {
                    double radius = (10 + i * 9 + (bits >>> (i * 2) & 3)) * unit;
                    shapes.add(new Shape("ring", -radius, middle - radius, 2 * radius, 3.5 * unit));
                }
            }
        }
        return List.copyOf(shapes);
    }

    /** The colour turned {@code degrees} round the hue circle, saturation and lightness kept. */
    static Colour turned(Colour colour, double degrees) {
        float[] hsb = java.awt.Color.RGBtoHSB(colour.red(), colour.green(), colour.blue(), null);
        float hue = (float) ((hsb[0] + degrees / 360.0 + 1) % 1.0);
        int rgb = java.awt.Color.HSBtoRGB(hue, hsb[1], hsb[2]);
        return new Colour(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    private static long hash(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        long a = crc.getValue();
        crc.update(new StringBuilder(text).reverse().toString().getBytes(StandardCharsets.UTF_8));
        return a << 32 ^ crc.getValue();
    }
}
