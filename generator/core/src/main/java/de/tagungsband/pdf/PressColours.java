package de.tagungsband.pdf;

import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The print edition's colours, as a print shop wants them: text and rules in black ink only (a near-black or grey of
 * the screen design becomes a tint of K, the reading volume's #1b1f23 prints as 100 % K instead of four inks), every
 * other colour painted in CMYK as the print shop's profile separates it, pictures kept in RGB but ICC-based (sRGB), which
 * PDF/X-4 allows under a CMYK output intent. No DeviceRGB is left in a page, its forms, patterns or pictures.
 */
final class PressColours {

    /** Greys of the screen design are this far from neutral at most (difference of the largest and smallest channel). */
    private static final float NEUTRAL = 0.1f;
    /** A grey this dark (as ink coverage) is printed as full black. */
    private static final float BLACK = 0.85f;

    private final ICC_ColorSpace press;
    private final COSArray iccRgb;
    private final Map<List<Float>, float[]> separated = new HashMap<>();
    private final Set<COSBase> done = Collections.newSetFromMap(new IdentityHashMap<>());

    /** @param iccRgb the ICC-based sRGB colour space that pictures are declared in */
    PressColours(byte[] outputProfile, COSArray iccRgb) {
        synchronized (ICC_ColorSpace.class) { // Java's colour management is not safe for parallel use
            this.press = new ICC_ColorSpace(ICC_Profile.getInstance(outputProfile.clone()));
        }
        this.iccRgb = iccRgb;
    }

    /** Red, green, blue (0–1) as cyan, magenta, yellow, black (0–1) for the press. */
    float[] cmyk(float red, float green, float blue) {
        return separated.computeIfAbsent(List.of(red, green, blue), key -> {
            float max = Math.max(red, Math.max(green, blue));
            float min = Math.min(red, Math.min(green, blue));
            if (max - min <= NEUTRAL) {
                float ink = 1 - (0.299f * red + 0.587f * green + 0.114f * blue);
                return new float[] {0, 0, 0, ink >= BLACK ? 1 : round(ink)};
            }
            float[] inks;
            synchronized (ICC_ColorSpace.class) { // Java's colour management is not safe for parallel use
                inks = press.fromRGB(new float[] {red, green, blue});
            }
            for (int i = 0; i < inks.length; i++) {
                inks[i] = round(inks[i]);
            }
            return inks;
        });
    }

    private static float round(float value) {
        return Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000f;
    }

    /**
     * The page's content moved by (dx, dy), so that the page can grow by bleed and slug around its trimmed size and
     * its media box still start at 0,0, with its colours made CMYK; the same for the forms, patterns and pictures it
     * uses.
     */
    void convert(PDDocument document, PDPage page, float dx, float dy) throws IOException {
        List<Object> tokens = recoloured(new PDFStreamParser(page).parse());
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(String.format(Locale.ROOT, "q 1 0 0 1 %.4f %.4f cm%n", dx, dy).getBytes(StandardCharsets.US_ASCII));
            new ContentStreamWriter(out).writeTokens(tokens);
            out.write("\nQ\n".getBytes(StandardCharsets.US_ASCII));
        }
        page.setContents(stream);
        group(page.getCOSObject());
        if (page.getResources() != null) {
            convert(page.getResources());
        }
    }

    /** The colours of the forms, patterns, shadings and pictures in these resources, and of theirs. */
    void convert(PDResources resources) throws IOException {
        if (!done.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            COSBase object = resources.getCOSObject().getCOSDictionary(COSName.XOBJECT).getDictionaryObject(name);
            if (object instanceof COSStream stream) {
                xObject(stream);
            }
        }
        for (COSName name : resources.getPatternNames()) {
            if (resources.getPattern(name) instanceof PDContentStream tiling) {
                rewrite(tiling);
                if (tiling.getResources() != null) {
                    convert(tiling.getResources());
                }
            } else {
                COSDictionary pattern = (COSDictionary) resources.getPattern(name).getCOSObject();
                shading(pattern.getCOSDictionary(COSName.SHADING));
            }
        }
        for (COSName name : resources.getShadingNames()) {
            shading(resources.getShading(name).getCOSObject());
        }
        for (COSName name : resources.getExtGStateNames()) {
            COSDictionary mask = resources.getExtGState(name).getCOSObject().getCOSDictionary(COSName.SMASK);
            if (mask != null && mask.getDictionaryObject(COSName.G) instanceof COSStream form) {
                xObject(form);
            }
        }
    }

    private void xObject(COSStream stream) throws IOException {
        if (!done.add(stream)) {
            return;
        }
        if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
            stream.setItem(COSName.COLORSPACE, iccBased(stream.getDictionaryObject(COSName.COLORSPACE)));
            return;
        }
        var form = new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(stream);
        rewrite(form);
        group(stream);
        if (form.getResources() != null) {
            convert(form.getResources());
        }
    }

    /** A transparency group blends in CMYK, the press's space. */
    private static void group(COSDictionary owner) {
        COSDictionary group = owner.getCOSDictionary(COSName.GROUP);
        if (group != null && COSName.DEVICERGB.equals(group.getDictionaryObject(COSName.CS))) {
            group.setItem(COSName.CS, COSName.DEVICECMYK);
        }
    }

    private void shading(COSDictionary shading) {
        if (shading != null) {
            shading.setItem(COSName.COLORSPACE, iccBased(shading.getDictionaryObject(COSName.COLORSPACE)));
        }
    }

    /** DeviceRGB (also as the base of an indexed space) as ICC-based sRGB; any other space as it is. */
    private COSBase iccBased(COSBase space) {
        if (COSName.DEVICERGB.equals(space) || COSName.getPDFName("RGB").equals(space)) {
            return iccRgb;
        }
        if (space instanceof COSArray array && array.size() == 4 && COSName.INDEXED.equals(array.getObject(0))
                && COSName.DEVICERGB.equals(array.getObject(1))) {
            array.set(1, iccRgb);
        }
        return space;
    }

    private void rewrite(PDContentStream content) throws IOException {
        List<Object> tokens = recoloured(new PDFStreamParser(content).parse());
        COSStream stream = (COSStream) ((org.apache.pdfbox.pdmodel.common.COSObjectable) content).getCOSObject();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(tokens);
        }
    }

    /**
     * The content's colour operators in CMYK: {@code rg}/{@code RG} (RGB) and {@code g}/{@code G} (grey) become
     * {@code k}/{@code K}; a colour set in {@code /DeviceRGB} by {@code cs}/{@code CS} is set in {@code /DeviceCMYK}.
     */
    List<Object> recoloured(List<Object> tokens) {
        List<Object> out = new ArrayList<>(tokens.size());
        List<Object> operands = new ArrayList<>();
        boolean[] rgb = {false, false}; // is the current fill / stroke colour space DeviceRGB?
        Deque<boolean[]> saved = new ArrayDeque<>();
        for (Object token : tokens) {
            if (!(token instanceof Operator operator)) {
                operands.add(token);
                continue;
            }
            String name = operator.getName();
            boolean stroke = Character.isUpperCase(name.charAt(0));
            switch (name) {
                case "rg", "RG" -> replace(out, operands, operator, stroke ? "K" : "k", rgbToCmyk(operands));
                case "g", "G" -> replace(out, operands, operator, stroke ? "K" : "k", greyToCmyk(operands));
                case "cs", "CS" -> {
                    rgb[stroke ? 1 : 0] = operands.size() == 1 && COSName.DEVICERGB.equals(operands.get(0));
                    if (rgb[stroke ? 1 : 0]) {
                        operands.set(0, COSName.DEVICECMYK);
                    }
                    out.addAll(operands);
                    out.add(operator);
                }
                case "sc", "scn", "SC", "SCN" -> {
                    if (rgb[stroke ? 1 : 0] && operands.size() == 3) {
                        replace(out, operands, operator, name, rgbToCmyk(operands));
                    } else {
                        out.addAll(operands);
                        out.add(operator);
                    }
                }
                default -> {
                    if (name.equals("q")) {
                        saved.push(rgb.clone());
                    } else if (name.equals("Q") && !saved.isEmpty()) {
                        boolean[] restored = saved.pop();
                        rgb[0] = restored[0];
                        rgb[1] = restored[1];
                    }
                    out.addAll(operands);
                    out.add(operator);
                }
            }
            operands.clear();
        }
        out.addAll(operands);
        return out;
    }

    private float[] rgbToCmyk(List<Object> operands) {
        if (operands.size() != 3 || !operands.stream().allMatch(COSNumber.class::isInstance)) {
            return null;
        }
        return cmyk(number(operands.get(0)), number(operands.get(1)), number(operands.get(2)));
    }

    private static float[] greyToCmyk(List<Object> operands) {
        if (operands.size() != 1 || !(operands.get(0) instanceof COSNumber grey)) {
            return null;
        }
        return new float[] {0, 0, 0, round(1 - grey.floatValue())};
    }

    private static float number(Object operand) {
        return ((COSNumber) operand).floatValue();
    }

    /** The colour in CMYK with its operator, or operands and operator as they were when they are not a colour. */
    private static void replace(List<Object> out, List<Object> operands, Operator was, String operator, float[] cmyk) {
        if (cmyk == null) {
            out.addAll(operands);
            out.add(was);
            return;
        }
        for (float ink : cmyk) {
            out.add(new COSFloat(ink));
        }
        out.add(Operator.getOperator(operator));
    }
}
