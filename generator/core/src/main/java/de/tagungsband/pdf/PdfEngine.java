package de.tagungsband.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The layout engine: openhtmltopdf (CSS paged media) on Apache PDFBox, set up for tagged PDF/UA-1 and PDF/A-2u
 * with the book fonts and an sRGB output intent (the JDK's own sRGB profile). It reads nothing from the network:
 * only {@code file:} resources are allowed, and the print HTML refers to nothing else.
 */
final class PdfEngine {

    private final BookFonts fonts;
    private final byte[] colourProfile;
    private final TextWidths widths;
    private final InvisibleGlyphs invisible;

    PdfEngine(BookFonts fonts) {
        // openhtmltopdf logs every layout at INFO through a static facade that offers only this library-wide switch;
        // problems reach us as exceptions, and the print HTML refers to nothing that could fail to load
        XRLog.setLoggingEnabled(false);
        this.fonts = fonts;
        this.colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        this.widths = fonts.widths();
        this.invisible = InvisibleGlyphs.in(fonts.faces());
    }

    /** The widths of the book fonts, as this engine measures them. */
    TextWidths widths() {
        return widths;
    }

    /** Lays the document out; the result tells where elements landed and can then be written without a new layout. */
    Typeset typeset(org.w3c.dom.Document document, String baseUri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withW3cDocument(document, baseUri);
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useColorProfile(colourProfile);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withProducer("tagungsband (openhtmltopdf, Apache PDFBox)");
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("file:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withDiagnosticConsumer(diagnostic -> { });
        builder.useUnicodeLineBreaker(new BreakOpportunities());
        fonts.registerWith(builder);
        builder.toStream(out);
        PdfBoxRenderer renderer = builder.buildPdfRenderer();
        renderer.layout();
        renderer.getOutputDevice().setRoot(renderer.getRootBox());
        return new Typeset(renderer, out, invisible);
    }

    /** A laid-out volume: ask where things are, then write it (once) or close it. */
    static final class Typeset implements AutoCloseable {

        private final PdfBoxRenderer renderer;
        private final ByteArrayOutputStream out;
        private final InvisibleGlyphs invisible;

        private Typeset(PdfBoxRenderer renderer, ByteArrayOutputStream out, InvisibleGlyphs invisible) {
            this.renderer = renderer;
            this.out = out;
            this.invisible = invisible;
        }

        int pageCount() {
            return renderer.getRootBox().getLayer().getPages().size();
        }

        /** The page index (from 0) on which each element with a matching id starts. */
        Map<String, Integer> pagesOf(Pattern ids) {
            Map<String, Integer> pages = new TreeMap<>();
            for (PagePosition<Box> position : renderer.findPagePositionsByID(ids)) {
                pages.merge(position.getId(), position.getPageNo(), Math::min);
            }
            return pages;
        }

        /** The first and last page index (from 0) of each element with a matching id. */
        Map<String, PageSpan> spansOf(Pattern ids) {
            Map<String, PageSpan> spans = new TreeMap<>();
            for (PagePosition<Box> position : renderer.findPagePositionsByID(ids)) {
                PageSpan page = new PageSpan(position.getPageNo(), position.getPageNo());
                spans.merge(position.getId(), page, PageSpan::union);
            }
            return spans;
        }

        /** Writes the PDF: the zero-width spaces taken out ({@link InvisibleGlyphs}), then {@code finishing}. */
        byte[] write(PDFCreationListener finishing) {
            renderer.setListener(new PDFCreationListener() {
                @Override
                public void preOpen(PdfBoxRenderer r) {
                    finishing.preOpen(r);
                }

                @Override
                public void preWrite(PdfBoxRenderer r, int pageCount) {
                    finishing.preWrite(r, pageCount);
                }

                @Override
                public void onClose(PdfBoxRenderer r) {
                    invisible.remove(r.getPdfDocument());
                    finishing.onClose(r);
                }
            });
            try {
                renderer.createPDF();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        @Override
        public void close() {
            renderer.close();
        }
    }
}
