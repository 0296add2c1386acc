package de.tagungsband.serve;

import de.tagungsband.BuildListener;

import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

/** Hears what the preview server does, for the messages of the command line or the Maven plugin. */
public interface PreviewListener extends BuildListener {

    PreviewListener SILENT = new PreviewListener() {
    };

    /** The server listens at {@code address}. */
    default void serving(URI address) {
    }

    /**
     * A build finished.
     *
     * @param changed the files whose change started it (empty for the first build)
     */
    default void built(Set<Path> changed, PreviewState state) {
    }
}
