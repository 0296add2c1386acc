package de.tagungsband.serve;

import de.tagungsband.BuildOptions;

import java.time.Duration;

/**
 * How to run the preview.
 *
 * @param build content, templates ({@code null}: the built-in ones) and the preview's output folder; drafts are
 *              always included
 * @param bind the address to listen on: 127.0.0.1 unless the editor asks for another
 * @param port the port, 0 for any free one
 * @param quiet how long the sources must stay unchanged before a rebuild starts, so one save is one rebuild
 */
public record PreviewOptions(BuildOptions build, String bind, int port, Duration quiet) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(50);

    public static PreviewOptions of(BuildOptions build) {
        return new PreviewOptions(build, LOOPBACK, DEFAULT_PORT, DEFAULT_QUIET);
    }

    public PreviewOptions withPort(int newPort) {
        return new PreviewOptions(build, bind, newPort, quiet);
    }

    public PreviewOptions withBind(String newBind) {
        return new PreviewOptions(build, newBind, port, quiet);
    }
}
