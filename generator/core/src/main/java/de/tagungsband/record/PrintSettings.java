package de.tagungsband.record;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The print shop's edition of the proceedings volumes, from the {@code print:} group of {@code site.yaml}: when it is
 * there, every volume is also made as a PDF/X-4 book block and a cover with spine.
 *
 * @param bleedMm how far pictures and backgrounds run past the trimmed edge, in millimetres (3 by default)
 * @param cropMarks whether crop marks are drawn outside the bleed
 * @param paperThicknessMm the thickness of one sheet (two pages) of the paper, in millimetres; it gives the spine
 * @param outputProfile the print shop's ICC output profile (CMYK), relative to the content folder; without one no
 *                      print edition is made
 * @param outputCondition what the profile stands for, e.g. "FOGRA39"; by default the profile's own description
 * @param line the line of {@code print:} in site.yaml, for messages about it
 */
public record PrintSettings(double bleedMm, boolean cropMarks, double paperThicknessMm, Optional<Path> outputProfile,
                            Optional<String> outputCondition, int line) {

    public static final double DEFAULT_BLEED_MM = 3;
    public static final double DEFAULT_PAPER_THICKNESS_MM = 0.1;
}
