package de.tagungsband.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;
import org.apache.xmpbox.xml.XmpSerializer;

import javax.xml.transform.TransformerException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * The finishing touches on a written volume, just before it is saved: document information and XMP metadata
 * (title, author, subject, keywords, language; PDF/A-2u and PDF/UA-1 identification), page labels as printed
 * (U1, U2 for the cover, roman, arabic; an offprint's the volume's numbers), the outline shown on opening, and a file identifier derived from the
 * content. No dates: the same content gives the same bytes.
 */
final class VolumeMetadata implements DocumentFinish {

    static final String CREATOR = "tagungsband";
    static final String PRODUCER = "tagungsband (openhtmltopdf, Apache PDFBox)";
    private static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";
    private static final String PDFUA_PREFIX = "pdfuaid";

    /** What the metadata says about the volume. */
    record Info(String title, String author, String subject, List<String> keywords, String language) {
    }

    private final Info info;
    private final Pagination pagination;
    private final byte[] contentHash;

    VolumeMetadata(Info info, Pagination pagination, byte[] contentHash) {
        this.info = info;
        this.pagination = pagination;
        this.contentHash = contentHash;
    }

    @Override
    public void onClose(PdfBoxRenderer renderer) {
        PDDocument document = renderer.getPdfDocument();
        try {
            documentInformation(document);
            xmp(document);
            pageLabels(document, pagination);
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setPageMode(PageMode.USE_OUTLINES);
            catalog.setLanguage(info.language());
            byte[] id = Arrays.copyOf(contentHash, 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void documentInformation(PDDocument document) {
        PDDocumentInformation information = new PDDocumentInformation();
        information.setTitle(info.title());
        information.setAuthor(info.author());
        information.setSubject(info.subject());
        information.setKeywords(keywords());
        information.setCreator(CREATOR);
        information.setProducer(PRODUCER);
        document.setDocumentInformation(information);
    }

    private String keywords() {
        return String.join(", ", info.keywords());
    }

    /**
     * The XMP metadata (xmpbox), saying exactly what the document information says (PDF/A wants both), with the
     * PDF/A-2u and PDF/UA-1 identification; PDF/A wants the PDF/UA schema described in an extension schema.
     */
    private void xmp(PDDocument document) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        dc.setTitle(info.title());
        dc.addCreator(info.author());
        dc.setDescription(info.subject());
        dc.addLanguage(info.language());
        info.keywords().forEach(dc::addSubject);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        pdf.setKeywords(keywords());
        xmp.createAndAddXMPBasicSchema().setCreatorTool(CREATOR);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        try {
            pdfa.setConformance("U");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e); // "U" is one of the values PDF/A allows
        }
        xmp.createAndAddDefaultSchema(PDFUA_PREFIX, PDFUA_NAMESPACE).setIntegerPropertyValueAsSimple("part", 1);
        PDFAExtensionSchema extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
        PDFASchemaType schema = new PDFASchemaType(xmp);
        schema.addProperty(schema.createTextType(PDFASchemaType.SCHEMA, "PDF/UA Universal Accessibility Schema"));
        schema.addProperty(schema.createTextType(PDFASchemaType.NAMESPACE_URI, PDFUA_NAMESPACE));
        schema.addProperty(schema.createTextType(PDFASchemaType.PREFIX, PDFUA_PREFIX));
        PDFAPropertyType part = new PDFAPropertyType(xmp);
        part.addProperty(part.createTextType(PDFAPropertyType.NAME, "part"));
        part.addProperty(part.createTextType(PDFAPropertyType.VALUETYPE, "Integer"));
        part.addProperty(part.createTextType(PDFAPropertyType.CATEGORY, "internal"));
        part.addProperty(part.createTextType(PDFAPropertyType.DESCRIPTION, "Part of ISO 14289 the document conforms to"));
        ArrayProperty properties = schema.createArrayProperty(PDFASchemaType.PROPERTY, Cardinality.Seq);
        properties.addProperty(part);
        schema.addProperty(properties);
        ArrayProperty schemas = extension.createArrayProperty(PDFAExtensionSchema.SCHEMAS, Cardinality.Bag);
        schemas.addProperty(schema);
        extension.addProperty(schemas);
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, packet, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write the volume's XMP metadata: " + e.getMessage(), e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(packet.toByteArray());
        document.getDocumentCatalog().setMetadata(metadata);
    }

    /**
     * The page labels say the numbers printed on the pages: U1, U2 for the cover (the pages before the title page),
     * roman from the title page, arabic from the first chapter; an offprint, which starts inside the arabic
     * numbering, is arabic from its first page. The one place where a volume's, an offprint's and the print shop's
     * book block's labels are made.
     */
    static void pageLabels(PDDocument document, Pagination pagination) throws IOException {
        PDPageLabels labels = new PDPageLabels(document);
        int pages = document.getNumberOfPages();
        if (pagination.arabicStart() <= 0) {
            PDPageLabelRange arabic = new PDPageLabelRange();
            arabic.setStyle(PDPageLabelRange.STYLE_DECIMAL);
            arabic.setStart(1 - pagination.arabicStart());
            labels.setLabelItem(0, arabic);
            document.getDocumentCatalog().setPageLabels(labels);
            return;
        }
        if (pagination.romanStart() > 0) {
            PDPageLabelRange cover = new PDPageLabelRange();
            cover.setPrefix("U");
            cover.setStyle(PDPageLabelRange.STYLE_DECIMAL);
            labels.setLabelItem(0, cover);
        }
        if (pagination.romanStart() < pages) {
            PDPageLabelRange roman = new PDPageLabelRange();
            roman.setStyle(PDPageLabelRange.STYLE_ROMAN_UPPER);
            labels.setLabelItem(pagination.romanStart(), roman);
        }
        if (pagination.arabicStart() < pages) {
            PDPageLabelRange arabic = new PDPageLabelRange();
            arabic.setStyle(PDPageLabelRange.STYLE_DECIMAL);
            labels.setLabelItem(pagination.arabicStart(), arabic);
        }
        document.getDocumentCatalog().setPageLabels(labels);
    }
}
