package de.tagungsband.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The reload script the preview adds to each HTML page it serves (never to the files on disk). */
final class ReloadScript {

    static final String PREFIX = "/_tagungsband/";
    static final String SCRIPT_PATH = PREFIX + "reload.js";
    static final String EVENTS_PATH = PREFIX + "events";

    private ReloadScript() {
    }

    static String tag(long generation) {
        return "<script src=\"" + SCRIPT_PATH + "\" data-generation=\"" + generation + "\"></script>";
    }

    /** The page with the script before its last {@code </body>}, or at its end. */
    static byte[] inject(byte[] html, long generation) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String withScript = end < 0 ? page + tag(generation)
                : page.substring(0, end) + tag(generation) + "\n" + page.substring(end);
        return withScript.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] source() {
        try (InputStream in = ReloadScript.class.getResourceAsStream("/tagungsband/serve/reload.js")) {
            if (in == null) {
                throw new IllegalStateException("reload.js is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
