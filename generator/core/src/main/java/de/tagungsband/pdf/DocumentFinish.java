package de.tagungsband.pdf;

import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;

/** Work on the finished PDF before it is saved ({@link #onClose}); the engine's other two moments are not used. */
interface DocumentFinish extends PDFCreationListener {

    @Override
    default void preOpen(PdfBoxRenderer renderer) {
    }

    @Override
    default void preWrite(PdfBoxRenderer renderer, int pageCount) {
    }
}
