package de.tagungsband.pdf;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The pictures of a set volume as they print: each raster picture drawn on a page, with its pixels and the size it is
 * drawn at, read from the PDF itself (the engine decides the size from the picture and the stylesheet). Vector
 * drawings (SVG) have no resolution and are not listed.
 */
final class PrintedPictures {

    /** Below this a photo prints visibly soft or pixelated; print shops ask for 300 ppi at the printed size. */
    static final int PRINT_PPI = 300;

    /**
     * One picture drawn on a page.
     *
     * @param page the page, from 1
     * @param widthMm the printed width, in millimetres
     */
    record Picture(int page, int widthPx, int heightPx, double widthMm, double heightMm) {

        /** Pixels per inch at the printed size (the lower of width and height). */
        double ppi() {
            return Math.min(widthPx / (widthMm / 25.4), heightPx / (heightMm / 25.4));
        }

        /** The pixels the picture needs to print at {@link #PRINT_PPI} at its size: width, height. */
        int[] pixelsNeeded() {
            return new int[] {(int) Math.ceil(widthMm / 25.4 * PRINT_PPI), (int) Math.ceil(heightMm / 25.4 * PRINT_PPI)};
        }
    }

    private PrintedPictures() {
    }

    static List<Picture> of(PDDocument document) throws IOException {
        List<Picture> pictures = new ArrayList<>();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            new Reader(page, number, pictures).processPage(page);
        }
        return pictures;
    }

    /** Follows the page's drawing only as far as pictures go: where each lands and how large. */
    private static final class Reader extends PDFGraphicsStreamEngine {
        private final int page;
        private final List<Picture> pictures;

        Reader(PDPage page, int number, List<Picture> pictures) {
            super(page);
            this.page = number;
            this.pictures = pictures;
        }

        @Override
        public void drawImage(PDImage image) {
            if (image.isStencil()) {
                return;
            }
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            double widthMm = ctm.getScalingFactorX() / 72 * 25.4;
            double heightMm = ctm.getScalingFactorY() / 72 * 25.4;
            if (widthMm > 0.5 && heightMm > 0.5) {
                pictures.add(new Picture(page, image.getWidth(), image.getHeight(), widthMm, heightMm));
            }
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
        }

        @Override
        public void fillPath(int windingRule) {
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
