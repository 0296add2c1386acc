package de.tagungsband.pdf;

import org.apache.commons.text.StringEscapeUtils;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;

/**
 * What makes a file PDF/X-4 for the print shop: the print shop's CMYK output intent (GTS_PDFX), the volume's RGB
 * remaining RGB made ICC-based (sRGB as DefaultRGB, which PDF/X-4 allows beside a CMYK intent; {@link PressColours}
 * leaves none in the pages), trim and bleed boxes, crop marks outside the bleed in the registration colour, no
 * annotations, and the identification in the document information and XMP. Dates are
 * the event's last day, so the same content gives the same bytes.
 */
public final class PdfX {

    static final float MM = 72f / 25.4f;
    /** Crop marks: 5 mm long, starting 1 mm beyond the bleed; the slug around the bleed holds them. */
    static final float MARK_LENGTH = 5 * MM;
    static final float MARK_GAP = 1 * MM;
    static final float SLUG = MARK_LENGTH + MARK_GAP + 2 * MM;

    /** The sRGB profile, read once (Java's colour management is not safe for parallel use). */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final byte[] profile;
    private final String condition;
    private final COSArray defaultRgb;

    PdfX(PDDocument document, byte[] profile, String condition) throws IOException {
        this.profile = profile;
        this.condition = condition;
        PDStream srgb = new PDStream(document, new ByteArrayInputStream(SRGB), COSName.FLATE_DECODE);
        srgb.getCOSObject().setInt(COSName.N, 3);
        srgb.getCOSObject().setItem(COSName.ALTERNATE, COSName.DEVICERGB);
        this.defaultRgb = new COSArray();
        defaultRgb.add(COSName.ICCBASED);
        defaultRgb.add(srgb);
        defaultRgb.setDirect(false);
    }

    /** The description an ICC profile gives itself (its 'desc' tag), or empty. */
    static String description(byte[] profile) {
        try {
            byte[] desc = ICC_Profile.getInstance(profile.clone()).getData(ICC_Profile.icSigProfileDescriptionTag);
            if (desc == null || desc.length < 12) {
                return "";
            }
            String type = new String(desc, 0, 4, StandardCharsets.US_ASCII);
            if (type.equals("desc")) {
                int length = ((desc[8] & 0xff) << 24) | ((desc[9] & 0xff) << 16) | ((desc[10] & 0xff) << 8) | (desc[11] & 0xff);
                return new String(desc, 12, Math.max(0, Math.min(length, desc.length - 12)), StandardCharsets.US_ASCII)
                        .replace("\0", "").strip();
            }
            if (type.equals("mluc") && desc.length >= 28) {
                int length = ((desc[20] & 0xff) << 24) | ((desc[21] & 0xff) << 16) | ((desc[22] & 0xff) << 8) | (desc[23] & 0xff);
                int offset = ((desc[24] & 0xff) << 24) | ((desc[25] & 0xff) << 16) | ((desc[26] & 0xff) << 8) | (desc[27] & 0xff);
                return new String(desc, offset, Math.min(length, desc.length - offset), StandardCharsets.UTF_16BE).strip();
            }
        } catch (IllegalArgumentException e) {
            return "";
        }
        return "";
    }

    /** Whether the bytes are an ICC profile for CMYK output. */
    public static boolean isCmykOutputProfile(byte[] profile) {
        try {
            ICC_Profile icc = ICC_Profile.getInstance(profile.clone()); // it may write into the array it reads
            return icc.getColorSpaceType() == ColorSpace.TYPE_CMYK
                    && icc.getProfileClass() == ICC_Profile.CLASS_OUTPUT;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Trim box at the page's own box, bleed around it, media with room for crop marks around that. */
    void boxes(PDPage page, PDRectangle trim, float bleed, boolean cropMarks) {
        float slug = bleed + (cropMarks ? SLUG : 0);
        page.setTrimBox(trim);
        page.setBleedBox(grow(trim, bleed));
        page.setMediaBox(grow(trim, slug));
        page.setCropBox(null);
        page.setArtBox(null);
    }

    static PDRectangle grow(PDRectangle box, float by) {
        return new PDRectangle(box.getLowerLeftX() - by, box.getLowerLeftY() - by, box.getWidth() + 2 * by,
                box.getHeight() + 2 * by);
    }

    /** ICC-based sRGB, in which the edition's pictures are declared. */
    COSArray iccRgb() {
        return defaultRgb;
    }

    /**
     * The registration colour, in which marks for the press are drawn: the separation "All" prints on every plate
     * (full tint: 100 % of each ink), so that a crop mark shows on each and the plates can be aligned by it.
     */
    static PDColor registration() throws IOException {
        COSDictionary tint = new COSDictionary();
        tint.setInt(COSName.FUNCTION_TYPE, 2);
        tint.setItem(COSName.DOMAIN, numbers(0, 1));
        tint.setItem(COSName.C0, numbers(0, 0, 0, 0));
        tint.setItem(COSName.C1, numbers(1, 1, 1, 1));
        tint.setInt(COSName.N, 1);
        COSArray space = new COSArray();
        space.add(COSName.SEPARATION);
        space.add(COSName.getPDFName("All"));
        space.add(COSName.DEVICECMYK);
        space.add(tint);
        return new PDColor(new float[] {1}, new PDSeparation(space));
    }

    private static COSArray numbers(float... values) {
        COSArray array = new COSArray();
        for (float value : values) {
            array.add(new org.apache.pdfbox.cos.COSFloat(value));
        }
        return array;
    }

    /** Two short lines at each corner of the trim box, outside the bleed, in the registration colour. */
    static void cropMarks(PDDocument document, PDPage page, PDRectangle trim, float bleed) throws IOException {
        try (PDPageContentStream content = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            content.setStrokingColor(registration());
            content.setLineWidth(0.25f);
            float[] xs = {trim.getLowerLeftX(), trim.getUpperRightX()};
            float[] ys = {trim.getLowerLeftY(), trim.getUpperRightY()};
            for (float x : xs) {
                for (float y : ys) {
                    float outX = x == xs[0] ? -1 : 1;
                    float outY = y == ys[0] ? -1 : 1;
                    float start = bleed + MARK_GAP;
                    content.moveTo(x + outX * start, y);
                    content.lineTo(x + outX * (start + MARK_LENGTH), y);
                    content.moveTo(x, y + outY * start);
                    content.lineTo(x, y + outY * (start + MARK_LENGTH));
                }
            }
            content.stroke();
        }
    }

    /** sRGB as DefaultRGB in the page's resources and in those of every form it draws. */
    void iccBasedRgb(PDPage page) throws IOException {
        if (page.getResources() == null) {
            page.setResources(new PDResources());
        }
        iccBasedRgb(page.getResources(), new ArrayList<>());
    }

    private void iccBasedRgb(PDResources resources, List<COSDictionary> seen) throws IOException {
        if (seen.contains(resources.getCOSObject())) {
            return;
        }
        seen.add(resources.getCOSObject());
        COSDictionary spaces = resources.getCOSObject().getCOSDictionary(COSName.COLORSPACE);
        if (spaces == null) {
            spaces = new COSDictionary();
            resources.getCOSObject().setItem(COSName.COLORSPACE, spaces);
        }
        spaces.setItem(COSName.getPDFName("DefaultRGB"), defaultRgb);
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                if (form.getResources() == null) {
                    form.setResources(new PDResources());
                }
                iccBasedRgb(form.getResources(), seen);
            }
        }
    }

    /** The print shop's output intent in place of any other; information and XMP say PDF/X-4. */
    void identify(PDDocument document, String title, LocalDate date) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
        intent.getCOSObject().setItem(COSName.S, COSName.getPDFName("GTS_PDFX"));
        // the print shop's profile as it came (PDFBox would write it again through Java's colour management)
        PDStream dest = new PDStream(document, new ByteArrayInputStream(profile), COSName.FLATE_DECODE);
        dest.getCOSObject().setInt(COSName.N, 4);
        intent.getCOSObject().setItem(COSName.DEST_OUTPUT_PROFILE, dest.getCOSObject());
        intent.setOutputConditionIdentifier(condition);
        intent.setOutputCondition(condition);
        intent.setInfo(description(profile).isEmpty() ? condition : description(profile));
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
        // PDF/X-4 is PDF 1.6: the reading volume's catalog says 1.7 (PDF/A-2), which a preflight rejects
        document.getDocumentCatalog().getCOSObject().removeItem(COSName.VERSION);
        document.getDocument().setVersion(1.6f);
        document.getDocumentCatalog().addOutputIntent(intent);

        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.clear();
        when.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setCreator(VolumeMetadata.CREATOR);
        info.setProducer(VolumeMetadata.PRODUCER);
        info.setCreationDate(when);
        info.setModificationDate(when);
        info.setTrapped("False");
        info.setCustomMetadataValue("GTS_PDFXVersion", "PDF/X-4");
        document.setDocumentInformation(info);

        String stamp = date + "T00:00:00Z";
        String id = UUID.nameUUIDFromBytes((title + stamp).getBytes(StandardCharsets.UTF_8)).toString();
        String packet = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                  xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                  xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
                <dc:format>application/pdf</dc:format>
                <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                <xmp:CreateDate>%s</xmp:CreateDate><xmp:ModifyDate>%s</xmp:ModifyDate><xmp:MetadataDate>%s</xmp:MetadataDate>
                <xmp:CreatorTool>%s</xmp:CreatorTool>
                <pdf:Producer>%s</pdf:Producer><pdf:Trapped>False</pdf:Trapped>
                <xmpMM:DocumentID>uuid:%s</xmpMM:DocumentID><xmpMM:InstanceID>uuid:%s</xmpMM:InstanceID>
                <xmpMM:VersionID>1</xmpMM:VersionID><xmpMM:RenditionClass>default</xmpMM:RenditionClass>
                <pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>
                </rdf:Description>
                </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(StringEscapeUtils.escapeXml10(title), stamp, stamp, stamp,
                VolumeMetadata.CREATOR, VolumeMetadata.PRODUCER, id, id);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(packet.getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);
        byte[] fileId = UUID.fromString(id).toString().replace("-", "").getBytes(StandardCharsets.US_ASCII);
        COSArray ids = new COSArray();
        ids.add(new COSString(java.util.Arrays.copyOf(fileId, 16)));
        ids.add(new COSString(java.util.Arrays.copyOf(fileId, 16)));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        document.save(out);
        return out.toByteArray();
    }
}
