package de.tagungsband.pdf;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * How wide text is in the book fonts, from their horizontal metrics: what the engine measures too (it sets the text
 * without kerning). One instance per volume; the faces come in the order regular, bold, italic, bold italic.
 */
final class TextWidths {

    /** A face of the book fonts at a size. */
    record Style(boolean sans, boolean bold, boolean italic, float size) {
        Style with(boolean sans, boolean bold, boolean italic, float size) {
            return new Style(sans, bold, italic, size);
        }
    }

    private record Face(CmapLookup cmap, float[] advance) {
    }

    private final Face[] faces = new Face[8];

    TextWidths(List<byte[]> serif, List<byte[]> sans) {
        for (int i = 0; i < 4; i++) {
            faces[i] = face(serif.get(i));
            faces[4 + i] = face(sans.get(i));
        }
    }

    private static Face face(byte[] bytes) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            float unit = font.getUnitsPerEm();
            int glyphs = font.getNumberOfGlyphs();
            float[] advance = new float[glyphs];
            for (int gid = 0; gid < glyphs; gid++) {
                advance[gid] = font.getAdvanceWidth(gid) / unit;
            }
            return new Face(font.getUnicodeCmapLookup(), advance);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The width in points of one character in a style (0 for a character the face does not have). */
    float of(int codePoint, Style style) {
        Face face = faces[(style.sans() ? 4 : 0) + (style.bold() ? 1 : 0) + (style.italic() ? 2 : 0)];
        int gid = face.cmap().getGlyphId(codePoint);
        return gid <= 0 || gid >= face.advance().length ? 0 : face.advance()[gid] * style.size();
    }

    float of(String text, Style style) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += of(cp, style);
            i += Character.charCount(cp);
        }
        return width;
    }
}
