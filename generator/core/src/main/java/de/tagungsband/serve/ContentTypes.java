package de.tagungsband.serve;

import de.tagungsband.source.MediaTypes;

/** The content type the preview sends a file of the site with: its media type, text in UTF-8. */
final class ContentTypes {

    private ContentTypes() {
    }

    static String of(String fileName) {
        return MediaTypes.of(fileName).map(type -> type.startsWith("text/") ? type + "; charset=utf-8" : type)
                .orElse("application/octet-stream");
    }

    static boolean isHtml(String fileName) {
        return of(fileName).startsWith("text/html");
    }
}
