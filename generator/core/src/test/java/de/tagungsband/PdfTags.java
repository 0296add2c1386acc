package de.tagungsband;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The structure tree of a tagged PDF as a screen reader walks it: each element with its standard type and the text
 * of the marked content below it, so tests can ask which heading and which paragraphs a section holds.
 */
public final class PdfTags {

    /** One structure element: its standard type (Sect, H1, P …), its own title (/T), its text and its children. */
    public record Tag(String type, String title, String text, List<Tag> kids) {

        /** This element and all below it, depth first. */
        public List<Tag> all() {
            List<Tag> all = new ArrayList<>(List.of(this));
            kids.forEach(k -> all.addAll(k.all()));
            return all;
        }

        public List<Tag> find(Predicate<Tag> test) {
            return all().stream().filter(test).toList();
        }

        @Override
        public String toString() {
            return type + (title.isEmpty() ? "" : "[" + title + "]") + (kids.isEmpty() ? "(" + text + ")" : kids.toString());
        }
    }

    private PdfTags() {
    }

    public static Tag structure(PDDocument document) {
        Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
        for (PDPage page : document.getPages()) {
            texts.put(page, markedTexts(page));
        }
        List<Tag> kids = new ArrayList<>();
        for (Object kid : document.getDocumentCatalog().getStructureTreeRoot().getKids()) {
            if (kid instanceof PDStructureElement element) {
                kids.add(tag(element, null, texts));
            }
        }
        return new Tag("StructTreeRoot", "", "", kids);
    }

    private static Tag tag(PDStructureElement element, PDPage inherited, Map<PDPage, Map<Integer, String>> texts) {
        PDPage page = element.getPage() != null ? element.getPage() : inherited;
        StringBuilder text = new StringBuilder();
        List<Tag> kids = new ArrayList<>();
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                Tag tag = tag(child, page, texts);
                kids.add(tag);
                text.append(tag.text());
            } else if (kid instanceof Integer mcid && page != null) {
                text.append(texts.get(page).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage on = reference.getPage() != null ? reference.getPage() : page;
                if (on != null) {
                    text.append(texts.get(on).getOrDefault(reference.getMCID(), ""));
                }
            }
        }
        String type = element.getStandardStructureType() == null ? element.getStructureType() : element.getStandardStructureType();
        return new Tag(type, element.getTitle() == null ? "" : element.getTitle(), text.toString(), kids);
    }

    private static Map<Integer, String> markedTexts(PDPage page) {
        try {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> texts = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                collect(content, texts);
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> texts) {
        StringBuilder text = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (item instanceof PDMarkedContent inner) {
                collect(inner, texts);
                if (inner.getMCID() >= 0) {
                    continue;
                }
                StringBuilder innerText = new StringBuilder();
                inner.getContents().stream().filter(TextPosition.class::isInstance)
                        .forEach(p -> innerText.append(((TextPosition) p).getUnicode()));
                text.append(innerText);
            }
        }
        if (content.getMCID() >= 0) {
            texts.merge(content.getMCID(), text.toString(), String::concat);
        }
    }
}
