package de.tagungsband.pdf;

import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import org.apache.commons.text.StringEscapeUtils;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The finishing touches on a written volume, just before it is saved: document information and XMP metadata
 * (title, author, subject, keywords, language; PDF/A-2u and PDF/UA-1 identification), page labels as printed
 * (U1, U2 for the cover, roman, arabic), the outline shown on opening, and a file identifier derived from the
 * content. No dates: the same content gives the same bytes.
 */
final class VolumeMetadata implements PDFCreationListener {

    static final String CREATOR = "tagungsband";
    static final String PRODUCER = "tagungsband (openhtmltopdf, Apache PDFBox)";

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
    public void preOpen(PdfBoxRenderer renderer) {
    }

    @Override
    public void preWrite(PdfBoxRenderer renderer, int pageCount) {
    }

    @Override
    public void onClose(PdfBoxRenderer renderer) {
        PDDocument document = renderer.getPdfDocument();
        try {
            documentInformation(document);
            xmp(document);
            pageLabels(document);
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

    /** The XMP packet, written out so that it says exactly what the document information says (PDF/A wants both). */
    private void xmp(PDDocument document) throws IOException {
        String subjects = info.keywords().stream().map(k -> "<rdf:li>" + x(k) + "</rdf:li>").collect(Collectors.joining());
        String packet = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:format>application/pdf</dc:format>
                <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
                <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                <dc:subject><rdf:Bag>%s</rdf:Bag></dc:subject>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                <pdf:Producer>%s</pdf:Producer>
                <pdf:Keywords>%s</pdf:Keywords>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                <xmp:CreatorTool>%s</xmp:CreatorTool>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                <pdfaid:part>2</pdfaid:part>
                <pdfaid:conformance>U</pdfaid:conformance>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                <pdfuaid:part>1</pdfuaid:part>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
                xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
                <pdfaProperty:name>part</pdfaProperty:name>
                <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                <pdfaProperty:category>internal</pdfaProperty:category>
                <pdfaProperty:description>Part of ISO 14289 the document conforms to</pdfaProperty:description>
                </rdf:li></rdf:Seq></pdfaSchema:property>
                </rdf:li></rdf:Bag></pdfaExtension:schemas>
                </rdf:Description>
                </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="r"?>""".formatted(x(info.title()), x(info.author()), x(info.subject()), x(info.language()),
                subjects, x(PRODUCER), x(keywords()), x(CREATOR));
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(packet.getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);
    }

    private void pageLabels(PDDocument document) throws IOException {
        PDPageLabels labels = new PDPageLabels(document);
        PDPageLabelRange cover = new PDPageLabelRange();
        cover.setPrefix("U");
        cover.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        labels.setLabelItem(0, cover);
        int pages = document.getNumberOfPages();
        if (pagination.romanStart() > 0 && pagination.romanStart() < pages) {
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

    private static String x(String text) {
        return StringEscapeUtils.escapeXml10(text);
    }
}
