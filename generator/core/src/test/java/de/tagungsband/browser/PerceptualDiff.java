package de.tagungsband.browser;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Compares a screenshot with its reviewed reference as a reader would see a difference, not pixel by pixel: both
 * are reduced to the mean lightness of {@value #BLOCK}×{@value #BLOCK} px blocks (which averages away the
 * antialiasing and hinting noise between machines), and a block counts as changed only when no block of the other
 * image at the same place or one block above or below is as light within {@value #TOLERANCE}. Moved, added or
 * removed text, another colour, spacing or line break changes blocks; the page grows or shrinks. Any page whose
 * size changed by more than a block, or with more than {@value #MAX_CHANGED} of its blocks changed, differs.
 */
final class PerceptualDiff {

    static final int BLOCK = 6;
    static final double TOLERANCE = 0.08;
    static final double MAX_CHANGED = 0.004;

    private PerceptualDiff() {
    }

    /** What differs, for a person to read; empty when the screenshot matches its reference. */
    static Optional<String> compare(BufferedImage reference, BufferedImage actual, Path diffImage) {
        if (reference.getWidth() != actual.getWidth() || Math.abs(reference.getHeight() - actual.getHeight()) > BLOCK) {
            return Optional.of(String.format(Locale.ROOT, "the page measures %d×%d px, its reference %d×%d px",
                    actual.getWidth(), actual.getHeight(), reference.getWidth(), reference.getHeight()));
        }
        double[][] a = blocks(reference);
        double[][] b = blocks(actual);
        int rows = Math.min(a.length, b.length);
        int columns = a[0].length;
        int changed = 0;
        BufferedImage diff = new BufferedImage(columns, rows, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                boolean differs = !near(a, b, x, y) || !near(b, a, x, y);
                int grey = (int) (b[y][x] * 200) + 55;
                diff.setRGB(x, y, differs ? 0xff0000 : grey << 16 | grey << 8 | grey);
                changed += differs ? 1 : 0;
            }
        }
        double share = changed / (double) (rows * columns);
        if (share <= MAX_CHANGED) {
            return Optional.empty();
        }
        write(diff, diffImage);
        return Optional.of(String.format(Locale.ROOT, "%.2f %% of the page changed (%d blocks of %d px; allowed %.2f %%); "
                + "changed blocks in red: %s", share * 100, changed, BLOCK, MAX_CHANGED * 100, diffImage));
    }

    /** Whether block (x, y) of {@code one} has a block as light in {@code other} at its place or a row above or below. */
    private static boolean near(double[][] one, double[][] other, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            int row = y + dy;
            if (row >= 0 && row < other.length && Math.abs(one[y][x] - other[row][x]) <= TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The image as the comparison sees it: each pixel's lightness as 8-bit grey. References are stored so (a third of
     * the bytes of the screenshot, and what {@link #blocks} reads from a screenshot differs from it by less than
     * 1/500 per block, far below {@link #TOLERANCE}).
     */
    static BufferedImage lightness(BufferedImage image) {
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var raster = grey.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                raster.setSample(x, y, 0, (int) Math.round(light(image, x, y) * 255));
            }
        }
        return grey;
    }

    /** Relative lightness of a pixel (0 black … 1 white); a grey image's samples are read as they are stored. */
    private static double light(BufferedImage image, int x, int y) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image.getRaster().getSample(x, y, 0) / 255.0;
        }
        int rgb = image.getRGB(x, y);
        return (0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff)) / 255;
    }

    /** Mean relative lightness (0 black … 1 white) of each block. */
    static double[][] blocks(BufferedImage image) {
        int columns = (image.getWidth() + BLOCK - 1) / BLOCK;
        int rows = (image.getHeight() + BLOCK - 1) / BLOCK;
        double[][] sums = new double[rows][columns];
        int[][] counts = new int[rows][columns];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                sums[y / BLOCK][x / BLOCK] += light(image, x, y);
                counts[y / BLOCK][x / BLOCK]++;
            }
        }
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                sums[y][x] /= counts[y][x];
            }
        }
        return sums;
    }

    static BufferedImage read(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new IllegalStateException(file + " is no PNG");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(BufferedImage image, Path file) {
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
