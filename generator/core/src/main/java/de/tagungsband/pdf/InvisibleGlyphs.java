package de.tagungsband.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Takes the zero-width spaces out of a written volume. The line breaker marks with them where a web or e-mail
 * address may break ({@link AddressBreaks}); they have no width, but a reader who copies the address from the PDF would get
 * them with it. Only after saving do the fonts have their ToUnicode maps, so the glyphs are found then, by what they
 * map to, and dropped from the text-showing operators of each page.
 */
final class InvisibleGlyphs {

    private static final String ZERO_WIDTH_SPACE = "\u200B";

    private InvisibleGlyphs() {
    }

    static byte[] removed(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            boolean changed = false;
            for (PDPage page : document.getPages()) {
                changed |= clean(document, page);
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean clean(PDDocument document, PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        List<Object> tokens = new PDFStreamParser(page).parse();
        Deque<Optional<PDFont>> saved = new ArrayDeque<>();
        PDFont font = null;
        boolean changed = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof Operator operator)) {
                continue;
            }
            switch (operator.getName()) {
                case "q" -> saved.push(Optional.ofNullable(font));
                case "Q" -> font = saved.isEmpty() ? null : saved.pop().orElse(null);
                case "Tf" -> font = i >= 2 && tokens.get(i - 2) instanceof COSName name ? resources.getFont(name) : null;
                case "Tj", "'", "\"" -> {
                    if (font != null && tokens.get(i - 1) instanceof COSString text) {
                        COSString kept = without(text, font);
                        changed |= kept != text;
                        tokens.set(i - 1, kept);
                    }
                }
                case "TJ" -> {
                    if (font != null && tokens.get(i - 1) instanceof COSArray array) {
                        for (int j = 0; j < array.size(); j++) {
                            if (array.get(j) instanceof COSString text) {
                                COSString kept = without(text, font);
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
        return changed;
    }

    /** The string without the codes of zero-width spaces; the same object when it holds none. */
    private static COSString without(COSString text, PDFont font) throws IOException {
        byte[] bytes = text.getBytes();
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        ByteArrayOutputStream kept = new ByteArrayOutputStream(bytes.length);
        boolean dropped = false;
        while (in.available() > 0) {
            int start = bytes.length - in.available();
            int code = font.readCode(in);
            int end = bytes.length - in.available();
            if (ZERO_WIDTH_SPACE.equals(font.toUnicode(code))) {
                dropped = true;
            } else {
                kept.write(bytes, start, end - start);
            }
        }
        return dropped ? new COSString(kept.toByteArray()) : text;
    }
}
