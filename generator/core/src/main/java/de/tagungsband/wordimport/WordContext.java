package de.tagungsband.wordimport;

import de.tagungsband.i18n.Text;
import de.tagungsband.wordimport.ParagraphReader.Format;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.xmlbeans.XmlObject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static de.tagungsband.wordimport.Ooxml.W;
import static de.tagungsband.wordimport.Ooxml.attribute;

/**
 * What the readers of one document share: its styles, the numbers given to its notes in the order of their
 * first reference, and the images saved so far.
 */
final class WordContext {

    /** The parts of an image: its bytes and the file extension that fits them. */
    record SavedPicture(int number, byte[] bytes, String extension) {
    }

    /** A footnote or endnote referenced from the text, by its id in the document. */
    record NoteKey(boolean endnote, String id) {
    }

    private static final Set<String> WEB_IMAGES = Set.of("png", "jpg", "gif", "svg", "webp");

    private final XWPFDocument document;
    private final Map<String, Emphasis> styleEmphasis = new HashMap<>();
    private final Map<NoteKey, Integer> notes = new HashMap<>();
    private final List<NoteKey> notesInOrder = new ArrayList<>();
    private final Map<POIXMLDocumentPart, SavedPicture> pictures = new IdentityHashMap<>();
    private final List<SavedPicture> picturesInOrder = new ArrayList<>();

    private record Emphasis(Boolean bold, Boolean italic) {
    }

    WordContext(XWPFDocument document) {
        this.document = document;
    }

    XWPFDocument document() {
        return document;
    }

    /** Emphasis and language of a run: direct properties first, then those of its character style. */
    Format format(XmlObject run) {
        Optional<XmlObject> properties = Ooxml.child(run, W, "rPr");
        if (properties.isEmpty()) {
            return new Format(false, false, null, Set.of());
        }
        XmlObject rPr = properties.get();
        Emphasis style = Ooxml.child(rPr, W, "rStyle").map(s -> styleEmphasis(attribute(s, W, "val"), 0))
                .orElse(new Emphasis(null, null));
        boolean bold = Ooxml.child(rPr, W, "b").map(Ooxml::on).orElse(Boolean.TRUE.equals(style.bold()));
        boolean italic = Ooxml.child(rPr, W, "i").map(Ooxml::on).orElse(Boolean.TRUE.equals(style.italic()));
        boolean rightToLeft = Ooxml.child(rPr, W, "rtl").map(Ooxml::on).orElse(false);
        String language = Ooxml.child(rPr, W, "lang")
                .map(l -> attribute(l, W, rightToLeft ? "bidi" : "val")).map(WordContext::primaryLanguage).orElse(null);
        return new Format(bold, italic, language, Format.directFormattingOf(rPr));
    }

    /** The language subtag of a tag such as de-DE or en-GB, lower case; null when there is none. */
    static String primaryLanguage(String tag) {
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return language.isEmpty() || language.equals("und") || language.equals("zxx") ? null : language;
    }

    /** The document's default language (docDefaults), or null. */
    String defaultLanguage() {
        try {
            var styles = document.getStyle();
            for (XmlObject lang : Ooxml.descendants(styles, W, "docDefaults")) {
                for (XmlObject l : Ooxml.descendants(lang, W, "lang")) {
                    return primaryLanguage(attribute(l, W, "val"));
                }
            }
        } catch (Exception e) {
            return null;
        }
        return null;
    }

    private Emphasis styleEmphasis(String styleId, int depth) {
        Emphasis known = styleEmphasis.get(styleId);
        if (known != null) {
            return known;
        }
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
        Emphasis emphasis = new Emphasis(null, null);
        if (style != null) {
            Optional<XmlObject> rPr = Ooxml.child(style.getCTStyle(), W, "rPr");
            Boolean bold = rPr.flatMap(r -> Ooxml.child(r, W, "b")).map(Ooxml::on).orElse(null);
            Boolean italic = rPr.flatMap(r -> Ooxml.child(r, W, "i")).map(Ooxml::on).orElse(null);
            if ((bold == null || italic == null) && style.getBasisStyleID() != null && depth < 8) {
                Emphasis basis = styleEmphasis(style.getBasisStyleID(), depth + 1);
                bold = bold == null ? basis.bold() : bold;
                italic = italic == null ? basis.italic() : italic;
            }
            emphasis = new Emphasis(bold, italic);
        }
        styleEmphasis.put(styleId, emphasis);
        return emphasis;
    }

    /** The name of a paragraph style and of the styles it is based on, nearest first, in lower case. */
    List<String> styleNames(String styleId) {
        List<String> names = new ArrayList<>();
        String id = styleId;
        while (id != null && !id.isEmpty() && names.size() < 8) {
            XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
            if (style == null) {
                names.add(id.toLowerCase(Locale.ROOT));
                break;
            }
            names.add((style.getName() == null ? id : style.getName()).toLowerCase(Locale.ROOT));
            id = style.getBasisStyleID();
        }
        return names;
    }

    /** The number of a footnote or endnote in this record, given at its first reference; -1 for an unknown id. */
    int noteReference(boolean endnote, String id) {
        NoteKey key = new NoteKey(endnote, id);
        Integer number = notes.get(key);
        if (number != null) {
            return number;
        }
        boolean exists;
        try {
            int numeric = Integer.parseInt(id);
            exists = endnote ? document.getEndnoteByID(numeric) != null : document.getFootnoteByID(numeric) != null;
        } catch (NumberFormatException e) {
            exists = false;
        }
        if (!exists) {
            return -1;
        }
        notes.put(key, notesInOrder.size() + 1);
        notesInOrder.add(key);
        return notesInOrder.size();
    }

    List<NoteKey> notesInOrder() {
        return List.copyOf(notesInOrder);
    }

    /** The address a link of a part points to, when readers may follow it (http, https, mailto); else null. */
    String hyperlink(POIXMLDocumentPart part, String relationId) {
        if (relationId.isEmpty()) {
            return null;
        }
        try {
            PackageRelationship relation = part.getPackagePart().getRelationship(relationId);
            if (relation == null || relation.getTargetMode() != TargetMode.EXTERNAL) {
                return null;
            }
            return safeUrl(relation.getTargetURI().toString());
        } catch (RuntimeException e) {
            return null;
        }
    }

    String safeUrl(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:") ? url.strip() : null;
    }

    /** An image of a drawing, saved once however often it is shown; what is wrong with it goes to {@code errors}. */
    Optional<Inline> picture(POIXMLDocumentPart part, XmlObject drawing, Set<Text> errors, Set<Text> cleaned) {
        String id = Ooxml.descendants(drawing, Ooxml.A, "blip").stream().map(b -> attribute(b, Ooxml.R, "embed"))
                .filter(s -> !s.isEmpty()).findFirst()
                .orElseGet(() -> Ooxml.descendants(drawing, Ooxml.V, "imagedata").stream()
                        .map(b -> attribute(b, Ooxml.R, "id")).filter(s -> !s.isEmpty()).findFirst().orElse(""));
        POIXMLDocumentPart target = id.isEmpty() ? null : part.getRelationById(id);
        if (!(target instanceof XWPFPictureData data)) {
            cleaned.add(Text.of("import.shapeDropped"));
            return Optional.empty();
        }
        String alt = altText(drawing);
        SavedPicture saved = pictures.computeIfAbsent(data, d -> {
            String extension = extension(data);
            SavedPicture picture = new SavedPicture(picturesInOrder.size() + 1, data.getData(), extension);
            picturesInOrder.add(picture);
            return picture;
        });
        if (!WEB_IMAGES.contains(saved.extension())) {
            errors.add(Text.of("import.pictureFormat", saved.number(), saved.extension().toUpperCase(Locale.ROOT)));
        }
        if (alt.isEmpty()) {
            errors.add(Text.of("import.noAlt", saved.number(), MarkdownWriter.MISSING_ALT));
        }
        return Optional.of(new Inline.Picture(saved.number(), alt));
    }

    List<SavedPicture> pictures() {
        return List.copyOf(picturesInOrder);
    }

    /** Word's alternative text (descr, else title); a description Word made up itself counts as none. */
    private static String altText(XmlObject drawing) {
        String alt = Ooxml.descendants(drawing, Ooxml.WP, "docPr").stream()
                .map(d -> attribute(d, "", "descr").isBlank() ? attribute(d, "", "title") : attribute(d, "", "descr"))
                .filter(s -> !s.isBlank()).findFirst()
                .orElseGet(() -> Ooxml.descendants(drawing, Ooxml.V, "imagedata").stream()
                        .map(d -> attribute(d, Ooxml.O, "title")).filter(s -> !s.isBlank()).findFirst().orElse(""));
        alt = alt.replaceAll("\\s+", " ").strip();
        String lower = alt.toLowerCase(Locale.ROOT);
        return lower.contains("automatisch generierte beschreibung") || lower.contains("automatically generated description")
                ? "" : alt;
    }

    private static String extension(XWPFPictureData data) {
        String extension = data.suggestFileExtension().toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "jpeg" -> "jpg";
            case "" -> "bin";
            default -> extension;
        };
    }
}
