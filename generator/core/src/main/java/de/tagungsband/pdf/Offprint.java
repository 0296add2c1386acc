package de.tagungsband.pdf;

import de.tagungsband.citation.CitableWork;
import de.tagungsband.pdf.VolumePlan.InputChapter;
import de.tagungsband.pdf.VolumePlan.SessionChapter;

import java.util.Optional;

/**
 * One chapter set alone as an offprint (Sonderdruck), as the template reads it: a session's chapter (with its inputs'
 * texts) or an input's text, with the pages it has in the volume.
 *
 * @param chapterId the chapter's id in the volume, e.g. {@code s3} or {@code s3-e1}
 * @param pages the pages in the volume as printed, e.g. "5–7" (or "5")
 * @param firstFolio the number of the volume's page where the chapter starts, printed on the offprint's first page
 * @param place where the volume is published, when known
 * @param pagePath the session's or input's page, which links the offprint
 * @param sitePath where the PDF goes
 */
public record Offprint(String chapterId, String title, Optional<SessionChapter> session, Optional<InputChapter> input,
                       String pages, int firstFolio, Optional<String> place, int year, CitableWork citation,
                       String pagePath, String sitePath) {

    /** In the folder of the session's or input's page, named after it: …/wo-bleiben/sonderdruck-wo-bleiben.pdf. */
    static String sitePath(String pagePath) {
        String trimmed = pagePath.endsWith("/") ? pagePath.substring(0, pagePath.length() - 1) : pagePath;
        return pagePath + "sonderdruck-" + trimmed.substring(trimmed.lastIndexOf('/') + 1) + ".pdf";
    }
}
