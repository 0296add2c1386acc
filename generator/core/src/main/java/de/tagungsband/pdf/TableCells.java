package de.tagungsband.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

import java.util.HashSet;
import java.util.Set;

/**
 * The marked content of a tagged volume's table cells (structure elements TD and TH): which text stands in a table,
 * read from the structure the volume carries for PDF/UA, not guessed from fonts or positions.
 */
final class TableCells {

    private final Set<Long> cells;

    private TableCells(Set<Long> cells) {
        this.cells = cells;
    }

    static TableCells of(PDDocument pdf) {
        Set<Long> cells = new HashSet<>();
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            collect(pdf, root, null, false, cells);
        }
        return new TableCells(cells);
    }

    /** Whether the marked content with this id on this page (index from 0) is text of a table cell. */
    boolean contains(int page, int mcid) {
        return cells.contains(key(page, mcid));
    }

    private static void collect(PDDocument pdf, PDStructureNode node, PDPage page, boolean inCell, Set<Long> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                PDPage own = element.getPage() != null ? element.getPage() : page;
                boolean cell = inCell || "TD".equals(element.getStructureType()) || "TH".equals(element.getStructureType());
                collect(pdf, element, own, cell, out);
            } else if (inCell && kid instanceof Integer mcid && page != null) {
                out.add(key(pdf.getPages().indexOf(page), mcid));
            } else if (inCell && kid instanceof PDMarkedContentReference reference) {
                PDPage on = reference.getPage() != null ? reference.getPage() : page;
                if (on != null) {
                    out.add(key(pdf.getPages().indexOf(on), reference.getMCID()));
                }
            }
        }
    }

    private static long key(int page, int mcid) {
        return ((long) page << 32) | (mcid & 0xFFFFFFFFL);
    }
}
