package de.tagungsband.wordimport;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Word documents for the edge cases, made with POI itself: paragraphs given as WordprocessingML, so that a test
 * shows exactly what the document holds (fields, text boxes, tracked changes, notes).
 */
final class PoiDocuments {

    static final String NAMESPACES = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\" "
            + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

    private final XWPFDocument document = new XWPFDocument();

    /** A paragraph of WordprocessingML: the content of a {@code w:p}, e.g. {@code <w:r><w:t>Text</w:t></w:r>}. */
    PoiDocuments paragraph(String innerXml) {
        try {
            CTP p = CTP.Factory.parse("<w:p " + NAMESPACES + ">" + innerXml + "</w:p>",
                    new XmlOptions().setLoadReplaceDocumentElement(null));
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.getCTP().set(p);
            return this;
        } catch (XmlException e) {
            throw new IllegalArgumentException(innerXml, e);
        }
    }

    PoiDocuments text(String style, String text) {
        return paragraph((style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>") + run(text));
    }

    static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text.replace("&", "&amp;").replace("<", "&lt;") + "</w:t></w:r>";
    }

    /** A footnote (or endnote) with this text; returns the run that refers to it. */
    String note(boolean endnote, String text) {
        var note = endnote ? document.createEndnote() : document.createFootnote();
        note.createParagraph().createRun().setText(text);
        return "<w:r><w:" + (endnote ? "endnote" : "footnote") + "Reference w:id=\"" + note.getId() + "\"/></w:r>";
    }

    /** A paragraph with an image, {@code alt} (or none) as Word's alternative text (descr). */
    PoiDocuments picture(byte[] png, String alt) {
        try {
            XWPFRun run = document.createParagraph().createRun();
            run.addPicture(new ByteArrayInputStream(png), PictureType.PNG, "bild.png", Units.toEMU(160), Units.toEMU(100));
            var docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
            if (alt == null) {
                docPr.unsetDescr();
            } else {
                docPr.setDescr(alt);
            }
            return this;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    XWPFDocument document() {
        return document;
    }

    Path write(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            document.write(out);
            document.close();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
