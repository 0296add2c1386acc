package de.tagungsband.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Takes the zero-width spaces out of a volume before it is saved. The line breaker marks with them where a web or
 * e-mail address may break ({@link AddressBreaks}); they have no width, but a reader who copies the address from the PDF
 * would get them with it. The engine draws them as glyphs of the book fonts, which it embeds as CID fonts (two bytes
 * per glyph, the glyph's number in the font file, kept when the font is subset on saving); each is found by its
 * font's name and glyph number and dropped from the text-showing operators of each page. Done on the open document,
 * so the volume is written once.
 */
final class InvisibleGlyphs {

    private static final int ZERO_WIDTH_SPACE = 0x200B;
    /** Bytes a literal string escapes, ( ) and the backslash, and the line ends that make the engine write hexadecimal instead. */
    private static final String ESCAPED = "()\\\r\n";

    /** The glyph number of the zero-width space in each book face that has one, by the face's PostScript name. */
    private final Map<String, Integer> glyphOfFont;

    /** The zero-width spaces' codes as they can appear in a content stream (see {@link #mayShowOne}). */
    private final Set<String> needles = new HashSet<>();
    private final boolean alwaysRead;

    private InvisibleGlyphs(Map<String, Integer> glyphOfFont) {
        this.glyphOfFont = glyphOfFont;
        boolean escaped = false;
        for (int glyph : glyphOfFont.values()) {
            char high = (char) (glyph >> 8);
            char low = (char) (glyph & 0xff);
            escaped |= ESCAPED.indexOf(high) >= 0 || ESCAPED.indexOf(low) >= 0;
            needles.add(new String(new char[] {high, low}));
            needles.add(String.format("%04X", glyph));
            needles.add(String.format("%04x", glyph));
        }
        this.alwaysRead = escaped;
    }

    static InvisibleGlyphs in(List<byte[]> faces) {
        Map<String, Integer> glyphs = new HashMap<>();
        for (byte[] face : faces) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face))) {
                int glyph = font.getUnicodeCmapLookup().getGlyphId(ZERO_WIDTH_SPACE);
                if (glyph > 0) {
                    glyphs.put(font.getName(), glyph);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new InvisibleGlyphs(Map.copyOf(glyphs));
    }

    void remove(PDDocument document) {
        try {
            for (PDPage page : document.getPages()) {
                clean(document, page);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void clean(PDDocument document, PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return;
        }
        byte[] content;
        try (InputStream in = page.getContents()) {
            content = in == null ? new byte[0] : in.readAllBytes();
        }
        if (!mayShowOne(content)) {
            return;
        }
        List<Object> tokens = new PDFStreamParser(content).parse();
        Deque<Optional<Integer>> saved = new ArrayDeque<>();
        Integer glyph = null; // of the zero-width space in the current font, if it is a book face
        boolean changed = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof Operator operator)) {
                continue;
            }
            switch (operator.getName()) {
                case "q" -> saved.push(Optional.ofNullable(glyph));
                case "Q" -> glyph = saved.isEmpty() ? null : saved.pop().orElse(null);
                case "Tf" -> glyph = i >= 2 && tokens.get(i - 2) instanceof COSName name ? glyphIn(resources, name) : null;
                case "Tj", "'", "\"" -> {
                    if (glyph != null && tokens.get(i - 1) instanceof COSString text) {
                        COSString kept = without(text, glyph);
                        changed |= kept != text;
                        tokens.set(i - 1, kept);
                    }
                }
                case "TJ" -> {
                    if (glyph != null && tokens.get(i - 1) instanceof COSArray array) {
                        for (int j = 0; j < array.size(); j++) {
                            if (array.get(j) instanceof COSString text) {
                                COSString kept = without(text, glyph);
                                changed |= kept != text;
                                array.set(j, kept);
                            }
                        }
                    }
                }
                default -> { }
            }
        }
        if (changed) {
            PDStream stream = new PDStream(document);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                new ContentStreamWriter(out).writeTokens(tokens);
            }
            page.setContents(stream);
        }
    }

    /**
     * Whether the page's content may show a zero-width space: most pages have none, and looking for its code in the
     * content's bytes is much quicker than reading the content's operators. The engine writes a string of codes as
     * the bytes themselves or, when one of them is not plain ASCII or a line end, in hexadecimal; a code with a byte
     * that a literal string escapes is always looked for the slow way.
     */
    private boolean mayShowOne(byte[] content) {
        if (alwaysRead) {
            return true;
        }
        String text = new String(content, StandardCharsets.ISO_8859_1);
        return needles.stream().anyMatch(text::contains);
    }

    /** The zero-width space's glyph number when the font is a book face embedded as a CID font (Identity-H). */
    private Integer glyphIn(PDResources resources, COSName name) {
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        COSBase font = fonts == null ? null : fonts.getDictionaryObject(name);
        if (!(font instanceof COSDictionary dictionary) || !COSName.TYPE0.equals(dictionary.getCOSName(COSName.SUBTYPE))
                || !COSName.IDENTITY_H.equals(dictionary.getCOSName(COSName.ENCODING))) {
            return null;
        }
        String baseFont = dictionary.getNameAsString(COSName.BASE_FONT, "");
        return glyphOfFont.get(baseFont.substring(baseFont.indexOf('+') + 1)); // after a subset's tag, if it has one
    }

    /** The string without the two-byte codes of the zero-width space; the same object when it holds none. */
    private static COSString without(COSString text, int glyph) {
        byte[] bytes = text.getBytes();
        ByteArrayOutputStream kept = new ByteArrayOutputStream(bytes.length);
        boolean dropped = false;
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            if (((bytes[i] & 0xff) << 8 | (bytes[i + 1] & 0xff)) == glyph) {
                dropped = true;
            } else {
                kept.write(bytes, i, 2);
            }
        }
        return dropped ? new COSString(kept.toByteArray()) : text;
    }
}
