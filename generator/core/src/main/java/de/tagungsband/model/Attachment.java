package de.tagungsband.model;

import java.util.Optional;

/**
 * A document attached to an event, a session or an input ({@code documents:}), as pages list it: "Dokumentation
 * (PDF, 1,2 MB, 24 Seiten)".
 *
 * @param sitePath where it is published below the site root
 * @param format what the reader gets, by its file name: "PDF", "DOCX", "PPTX" …
 * @param mediaType for the link's {@code type} and JSON-LD's {@code encodingFormat}
 * @param pages the number of pages of a PDF
 */
public record Attachment(String title, String sitePath, String format, String mediaType, long byteSize,
                         Optional<Integer> pages) {
}
