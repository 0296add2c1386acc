package de.tagungsband.pdf;

import de.tagungsband.model.Event;
import de.tagungsband.record.SiteConfig;
import de.tagungsband.record.PrintSettings;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The print shop's edition of a set volume: the book block (the volume without its cover pages, as PDF/X-4 with the
 * shop's CMYK output intent, text in black ink and every colour in CMYK ({@link PressColours}), trim and bleed box on
 * every page, its media box from 0,0, crop marks if wanted, an even number of pages) and
 * the cover as one sheet (back, spine, front) whose spine is as thick as the book block's sheets, with the cover's
 * background running into the bleed.
 */
public final class PrintEdition {

    /** The two files and the spine they were made for. */
    public record Files(byte[] bookBlock, byte[] cover, int pages, double spineMm) {
    }

    private final PrintSettings settings;
    private final byte[] profile;
    private final String condition;
    private final BookFonts fonts;
    private final SiteConfig site;

    PrintEdition(PrintSettings settings, byte[] profile, BookFonts fonts, SiteConfig site) {
        this.settings = settings;
        this.profile = profile;
        this.condition = settings.outputCondition().orElseGet(() -> PdfX.description(profile).isEmpty()
                ? "Custom" : PdfX.description(profile));
        this.fonts = fonts;
        this.site = site;
    }

    public static String bookBlockPath(Event event) {
        return event.pagePath() + "tagungsband-" + event.record().slug() + "-druck.pdf";
    }

    public static String coverPath(Event event) {
        return event.pagePath() + "tagungsband-" + event.record().slug() + "-umschlag.pdf";
    }

    Files make(Layout layout, byte[] volumePdf) {
        try (PDDocument volume = Loader.loadPDF(volumePdf)) {
            float bleed = (float) settings.bleedMm() * PdfX.MM;
            PDRectangle trim = volume.getPage(0).getMediaBox();
            byte[] block = bookBlock(volumePdf, layout, bleed);
            int pages = pageCount(block);
            double spineMm = pages / 2.0 * settings.paperThicknessMm();
            byte[] cover = cover(volume, layout.plan().event(), trim, bleed, (float) spineMm * PdfX.MM);
            return new Files(block, cover, pages, spineMm);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private byte[] bookBlock(byte[] volumePdf, Layout layout, float bleed) throws IOException {
        try (PDDocument document = Loader.loadPDF(volumePdf)) {
            int coverPages = layout.pages().romanStart();
            for (int i = 0; i < coverPages; i++) {
                document.removePage(0);
            }
            if (document.getNumberOfPages() % 2 == 1) {
                document.addPage(new PDPage(document.getPage(0).getMediaBox()));
            }
            // the print shop's file is for the press: no tags, links or outline that point to the cover pages
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.getCOSObject().removeItem(COSName.STRUCT_TREE_ROOT);
            catalog.getCOSObject().removeItem(COSName.MARK_INFO);
            catalog.getCOSObject().removeItem(COSName.OUTLINES);
            catalog.getCOSObject().removeItem(COSName.PAGE_MODE);
            PdfX x = new PdfX(document, profile, condition);
            PressColours colours = new PressColours(profile, x.iccRgb());
            float slug = bleed + (settings.cropMarks() ? PdfX.SLUG : 0);
            for (PDPage page : document.getPages()) {
                page.setAnnotations(List.of());
                page.getCOSObject().removeItem(COSName.STRUCT_PARENTS);
                // the page grows by bleed and slug on each side; its media box starts at 0,0, its content moves with it
                PDRectangle size = page.getMediaBox();
                colours.convert(document, page, slug - size.getLowerLeftX(), slug - size.getLowerLeftY());
                PDRectangle trim = new PDRectangle(slug, slug, size.getWidth(), size.getHeight());
                x.boxes(page, trim, bleed, settings.cropMarks());
                x.iccBasedRgb(page);
                if (settings.cropMarks()) {
                    PdfX.cropMarks(document, page, trim, bleed);
                }
            }
            VolumeMetadata.pageLabels(document, layout.pages().withoutCover());
            x.identify(document, layout.plan().event().fullTitle(), layout.plan().event().record().end());
            return PdfX.save(document);
        }
    }

    /** Back, spine and front on one sheet; the front is the volume's cover page, its background runs into the bleed. */
    private byte[] cover(PDDocument volume, Event event, PDRectangle page, float bleed, float spine) throws IOException {
        try (PDDocument document = new PDDocument()) {
            float slug = bleed + (settings.cropMarks() ? PdfX.SLUG : 0);
            float w = page.getWidth();
            float h = page.getHeight();
            PDRectangle trim = new PDRectangle(slug, slug, 2 * w + spine, h);
            PDPage sheet = new PDPage(PdfX.grow(trim, slug));
            document.addPage(sheet);
            PdfX x = new PdfX(document, profile, condition);
            x.boxes(sheet, trim, bleed, settings.cropMarks());
            PDFormXObject front = new LayerUtility(document).importPageAsForm(volume, 0);
            PressColours colours = new PressColours(profile, x.iccRgb());
            PDType0Font bold = PDType0Font.load(document, new ByteArrayInputStream(fonts.sansBold()), true);
            PDType0Font regular = PDType0Font.load(document, new ByteArrayInputStream(fonts.sansRegular()), true);
            try (PDPageContentStream content = new PDPageContentStream(document, sheet)) {
                PDRectangle bled = PdfX.grow(trim, bleed);
                // back and spine in the front's colour (CoverDesign), which runs into the bleed
                float[] rgb = CoverDesign.of(site.identity(), event, site.paper()).backgroundRgb();
                content.setNonStrokingColor(new PDColor(colours.cmyk(rgb[0], rgb[1], rgb[2]), PDDeviceCMYK.INSTANCE));
                content.addRect(bled.getLowerLeftX(), bled.getLowerLeftY(), bled.getWidth(), bled.getHeight());
                content.fill();
                content.saveGraphicsState();
                content.transform(Matrix.getTranslateInstance(slug + w + spine, slug));
                content.drawForm(front);
                content.restoreGraphicsState();
                content.setNonStrokingColor(new PDColor(new float[]{0, 0, 0, 0}, PDDeviceCMYK.INSTANCE)); // paper white
                spine(content, bold, event, slug + w, slug, spine, h);
                back(content, bold, regular, event, slug + 24 * PdfX.MM, slug + h - 40 * PdfX.MM, w - 48 * PdfX.MM);
            }
            colours.convert(sheet.getResources());
            x.iccBasedRgb(sheet);
            if (settings.cropMarks()) {
                PdfX.cropMarks(document, sheet, trim, bleed);
                foldMarks(document, sheet, trim, bleed, slug + w, slug + w + spine);
            }
            x.identify(document, event.fullTitle() + " – Umschlag", event.record().end());
            return PdfX.save(document);
        }
    }

    /** The title and year along the spine, read from top to bottom; left out on a spine too thin to hold them. */
    private static void spine(PDPageContentStream content, PDType0Font font, Event event, float left, float bottom,
                              float spine, float height) throws IOException {
        String text = event.title() + "  ·  " + event.year();
        float size = Math.min(11, spine / PdfX.MM * 1.6f);
        if (spine < 6 * PdfX.MM) {
            return;
        }
        float width = font.getStringWidth(text) / 1000 * size;
        float room = height - 30 * PdfX.MM;
        if (width > room) {
            size = size * room / width;
            width = room;
        }
        float capHeight = 0.714f * size;
        content.beginText();
        content.setFont(font, size);
        // turned clockwise: the line runs down the spine, the letters' tops towards the front cover
        content.setTextMatrix(Matrix.getRotateInstance(-Math.PI / 2, left + spine / 2 - capHeight / 2,
                bottom + height / 2 + width / 2));
        content.showText(text);
        content.endText();
    }

    private static void back(PDPageContentStream content, PDType0Font bold, PDType0Font regular, Event event,
                             float left, float top, float width) throws IOException {
        float y = top;
        for (String line : wrap(bold, 16, event.title(), width)) {
            y = line(content, bold, 16, line, left, y, 20);
        }
        if (event.record().subtitle().isPresent()) {
            for (String line : wrap(regular, 11, event.record().subtitle().get(), width)) {
                y = line(content, regular, 11, line, left, y, 15);
            }
        }
        y -= 10;
        y = line(content, regular, 10, event.record().start().getYear() + "", left, y, 14);
        if (event.organiser().isPresent()) {
            y = line(content, bold, 10, event.organiser().get().name(), left, y, 14);
        }
        if (event.record().isbn().isPresent()) {
            line(content, regular, 9, "ISBN " + event.record().isbn().get(), left, 30 * PdfX.MM, 12);
        }
    }

    private static float line(PDPageContentStream content, PDType0Font font, float size, String text, float x, float y,
                              float leading) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
        return y - leading;
    }

    private static List<String> wrap(PDType0Font font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Where the sheet folds around the spine: short lines above and below, outside the bleed. */
    private static void foldMarks(PDDocument document, PDPage page, PDRectangle trim, float bleed, float... xs)
            throws IOException {
        try (PDPageContentStream content = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            content.setStrokingColor(PdfX.registration());
            content.setLineWidth(0.25f);
            content.setLineDashPattern(new float[]{1.5f, 1.5f}, 0);
            for (float x : xs) {
                content.moveTo(x, trim.getLowerLeftY() - bleed - PdfX.MARK_GAP);
                content.lineTo(x, trim.getLowerLeftY() - bleed - PdfX.MARK_GAP - PdfX.MARK_LENGTH);
                content.moveTo(x, trim.getUpperRightY() + bleed + PdfX.MARK_GAP);
                content.lineTo(x, trim.getUpperRightY() + bleed + PdfX.MARK_GAP + PdfX.MARK_LENGTH);
            }
            content.stroke();
        }
    }
}
