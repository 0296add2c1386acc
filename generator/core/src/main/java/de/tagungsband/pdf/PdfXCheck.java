package de.tagungsband.pdf;

import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A preflight of the print edition against the rules of PDF/X-4 (ISO 15930-7) that a print shop's preflight
 * rejects a file for, read back with PDFBox (no free PDF/X preflight exists for Java or Debian: veraPDF checks PDF/A
 * and PDF/UA only). What it checks: the PDF version (1.6 at most), no encryption; GTS_PDFXVersion "PDF/X-4" in the
 * document information and in the XMP, with title, dates, Trapped True or False, and the XMP's document id, version
 * and rendition class; the file identifier; exactly one GTS_PDFX output intent with a condition identifier and an
 * embedded CMYK output profile; on every page a trim box within the bleed box within the media box (and the media box
 * starting at 0,0, the print shop's habit); no annotations or form fields, no JavaScript or other actions; every font
 * embedded; no transfer functions or halftones in the graphics states, no PostScript XObjects, no embedded files; and,
 * stricter than PDF/X-4 (which allows it beside a DefaultRGB), no DeviceRGB anywhere: not in colour operators, colour
 * spaces, pictures, shadings or transparency groups; and no vector colour in four inks over 300 % total area
 * coverage. What it does not check: optional content (the volume has none), the profile against the registered
 * condition, total ink coverage of pictures, overprint modes, and transparency blending beyond the group's colour
 * space.
 */
public final class PdfXCheck {

    /** One rule broken: where (page from 1, 0 for the whole file) and what. */
    public record Finding(int page, String rule) {
        @Override
        public String toString() {
            return (page == 0 ? "file" : "page " + page) + ": " + rule;
        }
    }

    /** The total ink a colour may carry, as a fraction: 300 %, the lower of the usual limits on coated paper (FOGRA51). */
    static final double MOST_INK = 3.0;

    private final List<Finding> findings = new ArrayList<>();
    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private int page;

    private PdfXCheck() {
    }

    /** What breaks PDF/X-4 in the file; empty when it passes. */
    public static List<Finding> of(byte[] pdf) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return of(document);
        } catch (IOException e) {
            return List.of(new Finding(0, "unreadable: " + e.getMessage()));
        }
    }

    /** What breaks PDF/X-4 in the document; empty when it passes. */
    public static List<Finding> of(PDDocument document) throws IOException {
        PdfXCheck check = new PdfXCheck();
        check.file(document);
        for (PDPage page : document.getPages()) {
            check.page++;
            check.page(page);
        }
        return List.copyOf(check.findings);
    }

    private void report(String rule) {
        findings.add(new Finding(page, rule));
    }

    private void file(PDDocument document) throws IOException {
        if (document.getVersion() > 1.6f) {
            report("PDF version " + document.getVersion() + " is newer than PDF/X-4 allows (1.6)");
        }
        if (document.isEncrypted()) {
            report("encrypted");
        }
        PDDocumentInformation info = document.getDocumentInformation();
        if (!"PDF/X-4".equals(info.getCustomMetadataValue("GTS_PDFXVersion"))) {
            report("document information lacks GTS_PDFXVersion PDF/X-4");
        }
        if (info.getTitle() == null || info.getTitle().isBlank()) {
            report("no title");
        }
        if (info.getCreationDate() == null || info.getModificationDate() == null) {
            report("creation or modification date missing");
        }
        if (!"True".equals(info.getTrapped()) && !"False".equals(info.getTrapped())) {
            report("Trapped is neither True nor False: " + info.getTrapped());
        }
        if (!(document.getDocument().getTrailer().getDictionaryObject(COSName.ID) instanceof COSArray ids)
                || ids.size() != 2) {
            report("no file identifier (ID) in the trailer");
        }
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        String xmp = catalog.getMetadata() == null ? ""
                : new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
        for (String property : List.of("pdfxid:GTS_PDFXVersion>PDF/X-4<", "xmpMM:DocumentID>", "xmpMM:VersionID>",
                "xmpMM:RenditionClass>", "xmp:CreateDate>", "xmp:ModifyDate>")) {
            if (!xmp.contains(property)) {
                report("XMP metadata lacks " + property.substring(0, property.indexOf('>')));
            }
        }
        outputIntent(catalog);
        COSDictionary root = catalog.getCOSObject();
        if (root.containsKey(COSName.ACRO_FORM)) {
            report("form fields (AcroForm)");
        }
        if (root.containsKey(COSName.OPEN_ACTION) || root.containsKey(COSName.AA)) {
            report("an action when the file opens");
        }
        COSDictionary names = root.getCOSDictionary(COSName.NAMES);
        if (names != null && names.containsKey(COSName.JAVA_SCRIPT)) {
            report("JavaScript");
        }
        if (names != null && names.containsKey(COSName.EMBEDDED_FILES)) {
            report("embedded files");
        }
    }

    private void outputIntent(PDDocumentCatalog catalog) throws IOException {
        List<PDOutputIntent> pdfx = catalog.getOutputIntents().stream()
                .filter(i -> "GTS_PDFX".equals(i.getCOSObject().getNameAsString(COSName.S))).toList();
        if (pdfx.size() != 1) {
            report(pdfx.size() + " PDF/X output intents (GTS_PDFX), one is required");
            return;
        }
        PDOutputIntent intent = pdfx.get(0);
        if (intent.getOutputConditionIdentifier() == null || intent.getOutputConditionIdentifier().isBlank()) {
            report("output intent without OutputConditionIdentifier");
        }
        COSStream profile = intent.getDestOutputIntent();
        if (profile == null) {
            report("output intent without an embedded output profile");
            return;
        }
        try (var in = profile.createInputStream()) {
            byte[] bytes = in.readAllBytes();
            int type;
            int profileClass;
            int components;
            synchronized (java.awt.color.ICC_ColorSpace.class) { // Java's colour management is not safe for parallel use
                ICC_Profile icc = ICC_Profile.getInstance(bytes);
                type = icc.getColorSpaceType();
                profileClass = icc.getProfileClass();
                components = icc.getNumComponents();
            }
            if (type != ColorSpace.TYPE_CMYK || profileClass != ICC_Profile.CLASS_OUTPUT) {
                report("the output profile is not a CMYK output profile");
            }
            if (profile.getInt(COSName.N) != components) {
                report("the output profile's N is not its number of colours");
            }
        } catch (IllegalArgumentException e) {
            report("the output profile is not an ICC profile");
        }
    }

    private void page(PDPage page) throws IOException {
        COSDictionary dict = page.getCOSObject();
        PDRectangle media = page.getMediaBox();
        if (!(dict.getDictionaryObject(COSName.TRIM_BOX) instanceof COSArray)
                && !(dict.getDictionaryObject(COSName.ART_BOX) instanceof COSArray)) {
            report("no TrimBox");
        } else if (!within(page.getTrimBox(), page.getBleedBox()) || !within(page.getBleedBox(), media)) {
            report("TrimBox " + page.getTrimBox() + " not within BleedBox " + page.getBleedBox()
                    + " within MediaBox " + media);
        }
        if (media.getLowerLeftX() != 0 || media.getLowerLeftY() != 0) {
            report("MediaBox does not start at 0,0: " + media);
        }
        if (dict.containsKey(COSName.AA)) {
            report("page actions");
        }
        for (PDAnnotation annotation : page.getAnnotations()) {
            boolean printerMark = "PrinterMark".equals(annotation.getSubtype());
            if (!printerMark || intersects(annotation.getRectangle(), page.getTrimBox())) {
                report("annotation " + annotation.getSubtype() + (printerMark ? " inside the TrimBox" : ""));
            }
        }
        transparencyGroup(dict);
        content(page);
        if (page.getResources() != null) {
            resources(page.getResources());
        }
    }

    private static boolean within(PDRectangle inner, PDRectangle outer) {
        float e = 0.01f;
        return inner.getLowerLeftX() >= outer.getLowerLeftX() - e && inner.getLowerLeftY() >= outer.getLowerLeftY() - e
                && inner.getUpperRightX() <= outer.getUpperRightX() + e
                && inner.getUpperRightY() <= outer.getUpperRightY() + e;
    }

    private static boolean intersects(PDRectangle a, PDRectangle b) {
        return a.getLowerLeftX() < b.getUpperRightX() && b.getLowerLeftX() < a.getUpperRightX()
                && a.getLowerLeftY() < b.getUpperRightY() && b.getLowerLeftY() < a.getUpperRightY();
    }

    private void transparencyGroup(COSDictionary owner) {
        COSDictionary group = owner.getCOSDictionary(COSName.GROUP);
        if (group != null && rgb(group.getDictionaryObject(COSName.CS))) {
            report("transparency group blends in DeviceRGB");
        }
    }

    /** DeviceRGB, also as the base of an indexed space. */
    private static boolean rgb(COSBase space) {
        return COSName.DEVICERGB.equals(space) || COSName.getPDFName("RGB").equals(space)
                || space instanceof COSArray array && array.size() == 4 && COSName.INDEXED.equals(array.getObject(0))
                && rgb(array.getObject(1));
    }

    private void content(PDContentStream content) throws IOException {
        List<Object> operands = new ArrayList<>();
        for (Object token : new PDFStreamParser(content).parse()) {
            if (!(token instanceof Operator operator)) {
                operands.add(token);
                continue;
            }
            switch (operator.getName()) {
                case "rg", "RG" -> report("colour in DeviceRGB (" + operator.getName() + " " + operands + ")");
                case "k", "K", "sc", "scn", "SC", "SCN" -> inkCoverage(operator.getName(), operands);
                case "cs", "CS" -> {
                    if (operands.size() == 1 && rgb((COSBase) operands.get(0))) {
                        report("colour space DeviceRGB (" + operator.getName() + ")");
                    }
                }
                case "BI" -> {
                    if (operator.getImageParameters() != null
                            && rgb(operator.getImageParameters().getDictionaryObject(COSName.CS))) {
                        report("inline picture in DeviceRGB");
                    }
                }
                default -> {
                }
            }
            operands.clear();
        }
    }

    /** Four inks adding up to more than the press can carry (a CMYK colour over 300 % total area coverage). */
    private void inkCoverage(String operator, List<Object> operands) {
        if (operands.size() == 4 && operands.stream().allMatch(org.apache.pdfbox.cos.COSNumber.class::isInstance)) {
            double total = operands.stream().mapToDouble(o -> ((org.apache.pdfbox.cos.COSNumber) o).floatValue()).sum();
            if (total > MOST_INK + 0.001) {
                report(String.format(java.util.Locale.ROOT, "colour with %.0f %% ink (%s), more than %.0f %%",
                        total * 100, operator, MOST_INK * 100));
            }
        }
    }

    private void resources(PDResources resources) throws IOException {
        if (!seen.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getColorSpaceNames()) {
            COSBase space = resources.getCOSObject().getCOSDictionary(COSName.COLORSPACE).getDictionaryObject(name);
            if (rgb(space) && !"DefaultRGB".equals(name.getName())) {
                report("colour space " + name.getName() + " is DeviceRGB");
            }
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font != null && !font.isEmbedded()) {
                report("font not embedded: " + font.getName());
            }
        }
        for (COSName name : resources.getExtGStateNames()) {
            COSDictionary state = resources.getExtGState(name).getCOSObject();
            for (COSName key : List.of(COSName.TR, COSName.TR2, COSName.getPDFName("HT"))) {
                COSBase value = state.getDictionaryObject(key);
                if (value != null && !COSName.DEFAULT.equals(value)) {
                    report("graphics state " + name.getName() + " sets " + key.getName());
                }
            }
            COSDictionary mask = state.getCOSDictionary(COSName.SMASK);
            if (mask != null && mask.getDictionaryObject(COSName.G) instanceof COSStream group) {
                xObject(group);
            }
        }
        COSDictionary xObjects = resources.getCOSObject().getCOSDictionary(COSName.XOBJECT);
        for (COSName name : resources.getXObjectNames()) {
            if (xObjects.getDictionaryObject(name) instanceof COSStream stream) {
                xObject(stream);
            }
        }
        for (COSName name : resources.getShadingNames()) {
            if (rgb(resources.getShading(name).getCOSObject().getDictionaryObject(COSName.COLORSPACE))) {
                report("shading " + name.getName() + " in DeviceRGB");
            }
        }
        for (COSName name : resources.getPatternNames()) {
            if (resources.getPattern(name) instanceof PDContentStream tiling) {
                content(tiling);
                if (tiling.getResources() != null) {
                    resources(tiling.getResources());
                }
            } else {
                COSDictionary shading = ((COSDictionary) resources.getPattern(name).getCOSObject())
                        .getCOSDictionary(COSName.SHADING);
                if (shading != null && rgb(shading.getDictionaryObject(COSName.COLORSPACE))) {
                    report("shading pattern " + name.getName() + " in DeviceRGB");
                }
            }
        }
    }

    private void xObject(COSStream stream) throws IOException {
        if (!seen.add(stream)) {
            return;
        }
        COSName subtype = stream.getCOSName(COSName.SUBTYPE);
        if (COSName.IMAGE.equals(subtype)) {
            if (rgb(stream.getDictionaryObject(COSName.COLORSPACE))) {
                report("picture in DeviceRGB");
            }
            if (stream.containsKey(COSName.getPDFName("OPI")) || stream.containsKey(COSName.getPDFName("Alternates"))) {
                report("picture with OPI or alternates");
            }
        } else if (COSName.FORM.equals(subtype)) {
            var form = new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(stream);
            transparencyGroup(stream);
            content(form);
            if (form.getResources() != null) {
                resources(form.getResources());
            }
        } else {
            report("XObject of type " + subtype + " (PostScript is not allowed)");
        }
    }
}
