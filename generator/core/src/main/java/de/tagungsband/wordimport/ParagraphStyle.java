package de.tagungsband.wordimport;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.xmlbeans.XmlObject;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static de.tagungsband.wordimport.Ooxml.W;
import static de.tagungsband.wordimport.Ooxml.attribute;

/**
 * What a paragraph is by its style and numbering: a title, a heading of some level, a quotation, an entry of a
 * table of contents, an item of a (bulleted or numbered) list, or ordinary text. Style names are matched in
 * English and German, as Word and LibreOffice write them, and through the styles a style is based on.
 */
record ParagraphStyle(Kind kind, int level, boolean ordered) {

    enum Kind { TITLE, SUBTITLE, HEADING, QUOTE, CONTENTS_ENTRY, LIST_ITEM, TEXT }

    private static final Pattern HEADING = Pattern.compile("(?:heading|überschrift|berschrift)\\s*([1-9])");
    private static final Pattern CONTENTS = Pattern.compile("(?:toc|verzeichnis|contents|inhaltsverzeichnis)\\s*\\d*( heading)?");

    static ParagraphStyle of(XmlObject paragraph, WordContext context) {
        Optional<XmlObject> pPr = Ooxml.child(paragraph, W, "pPr");
        String styleId = pPr.flatMap(p -> Ooxml.child(p, W, "pStyle")).map(s -> attribute(s, W, "val")).orElse("");
        List<String> names = context.styleNames(styleId);
        for (String name : names) {
            Matcher heading = HEADING.matcher(name);
            if (name.equals("title") || name.equals("titel")) {
                return new ParagraphStyle(Kind.TITLE, 1, false);
            } else if (name.equals("subtitle") || name.equals("untertitel")) {
                return new ParagraphStyle(Kind.SUBTITLE, 0, false);
            } else if (heading.matches()) {
                return new ParagraphStyle(Kind.HEADING, Integer.parseInt(heading.group(1)), false);
            } else if (CONTENTS.matcher(name).matches()) {
                return new ParagraphStyle(Kind.CONTENTS_ENTRY, 0, false);
            } else if (name.contains("quot") || name.contains("zitat")) {
                return new ParagraphStyle(Kind.QUOTE, 0, false);
            }
        }
        Optional<Integer> outline = pPr.flatMap(p -> Ooxml.child(p, W, "outlineLvl"))
                .map(o -> attribute(o, W, "val")).filter(v -> v.matches("[0-8]")).map(Integer::parseInt);
        if (outline.isPresent()) {
            return new ParagraphStyle(Kind.HEADING, outline.get() + 1, false);
        }
        Optional<XmlObject> numPr = pPr.flatMap(p -> Ooxml.child(p, W, "numPr"));
        if (numPr.isEmpty()) {
            numPr = styleNumbering(styleId, context);
        }
        return numPr.flatMap(n -> listItem(n, context)).orElse(new ParagraphStyle(Kind.TEXT, 0, false));
    }

    private static Optional<XmlObject> styleNumbering(String styleId, WordContext context) {
        var styles = context.document().getStyles();
        var style = styleId.isEmpty() || styles == null ? null : styles.getStyle(styleId);
        return style == null ? Optional.empty()
                : Ooxml.child(style.getCTStyle(), W, "pPr").flatMap(p -> Ooxml.child(p, W, "numPr"));
    }

    private static Optional<ParagraphStyle> listItem(XmlObject numPr, WordContext context) {
        String numId = Ooxml.child(numPr, W, "numId").map(n -> attribute(n, W, "val")).orElse("0");
        String ilvl = Ooxml.child(numPr, W, "ilvl").map(n -> attribute(n, W, "val")).orElse("0");
        if (!numId.matches("\\d{1,9}") || numId.equals("0")) {
            return Optional.empty();
        }
        int level = ilvl.matches("[0-8]") ? Integer.parseInt(ilvl) : 0;
        return Optional.of(new ParagraphStyle(Kind.LIST_ITEM, level, ordered(new BigInteger(numId), level, context)));
    }

    /** Whether a list's level counts (1., a), i.) rather than shows a bullet. */
    private static boolean ordered(BigInteger numId, int level, WordContext context) {
        XWPFNumbering numbering = context.document().getNumbering();
        if (numbering == null) {
            return false;
        }
        BigInteger abstractId = numbering.getAbstractNumID(numId);
        XWPFAbstractNum abstractNum = abstractId == null ? null : numbering.getAbstractNum(abstractId);
        if (abstractNum == null) {
            return false;
        }
        for (XmlObject lvl : Ooxml.children(abstractNum.getCTAbstractNum())) {
            if (Ooxml.w(lvl).equals("lvl") && attribute(lvl, W, "ilvl").equals(String.valueOf(level))) {
                String format = Ooxml.child(lvl, W, "numFmt").map(f -> attribute(f, W, "val")).orElse("bullet");
                return !format.equals("bullet") && !format.equals("none");
            }
        }
        return false;
    }
}
