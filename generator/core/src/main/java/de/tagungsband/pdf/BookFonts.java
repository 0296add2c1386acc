package de.tagungsband.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The typefaces of the volume: Noto Serif for the text, Noto Sans for headings (SIL Open Font License; the build
 * unpacks them from a Maven Central artifact, see the core pom). Read once per build and shared read-only; every
 * volume embeds the subset of glyphs it uses. They are registered under the generic names too, so that nothing
 * (an SVG's {@code sans-serif}, a margin box) falls back to a font that cannot be embedded.
 */
final class BookFonts {

    static final String SERIF = "Noto Serif";
    static final String SANS = "Noto Sans";

    private record Face(String file, int weight, FontStyle style, byte[] bytes) {
    }

    private final List<Face> serif;
    private final List<Face> sans;

    private BookFonts(List<Face> serif, List<Face> sans) {
        this.serif = serif;
        this.sans = sans;
    }

    static BookFonts load() {
        return new BookFonts(narrowSpaces(family("notoserif")), family("notosans"));
    }

    private static List<Face> family(String prefix) {
        return List.of(face(prefix + "-regular-subset.ttf", 400, FontStyle.NORMAL),
                face(prefix + "-bold-subset.ttf", 700, FontStyle.NORMAL),
                face(prefix + "-italic-subset.ttf", 400, FontStyle.ITALIC),
                face(prefix + "-bold_italic-subset.ttf", 700, FontStyle.ITALIC));
    }

    /** The faces with a narrower no-break space, the smallest word space of body text ({@link NarrowSpace}). */
    private static List<Face> narrowSpaces(List<Face> faces) {
        return faces.stream().map(f -> new Face(f.file(), f.weight(), f.style(), NarrowSpace.patch(f.bytes()))).toList();
    }

    private static Face face(String file, int weight, FontStyle style) {
        try (InputStream in = BookFonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + file + " is missing from the program; build it with Maven");
            }
            return new Face(file, weight, style, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Noto Sans regular, for what is drawn on finished pages (the offprints' folios). */
    byte[] sansRegular() {
        return sans.get(0).bytes();
    }

    /** The advance widths of the faces, for setting paragraphs with the metrics the engine will use. */
    TextWidths widths() {
        return new TextWidths(serif.stream().map(Face::bytes).toList(), sans.stream().map(Face::bytes).toList());
    }

    /** All eight faces, serif then sans. */
    List<byte[]> faces() {
        return java.util.stream.Stream.concat(serif.stream(), sans.stream()).map(Face::bytes).toList();
    }

    /** Noto Sans bold, for the print edition's cover. */
    byte[] sansBold() {
        return sans.get(1).bytes();
    }

    void registerWith(PdfRendererBuilder builder) {
        register(builder, serif, SERIF);
        register(builder, serif, "serif");
        register(builder, sans, SANS);
        register(builder, sans, "sans-serif");
    }

    private static void register(PdfRendererBuilder builder, List<Face> faces, String family) {
        for (Face face : faces) {
            // for SVG figures too: their labels are then set in the volume's faces, with the widths they were drawn for
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), family, face.weight(), face.style(), true,
                    java.util.EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
        }
    }
}
