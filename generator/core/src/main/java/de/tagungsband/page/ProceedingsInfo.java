package de.tagungsband.page;

/**
 * The facts about an event's proceedings PDF that readers see before downloading it.
 *
 * @param sitePath the PDF's path below the site root
 * @param pageCount pages of the PDF
 * @param byteSize size of the file in bytes
 */
public record ProceedingsInfo(String sitePath, int pageCount, long byteSize) {
}
