package de.tagungsband.publish;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A commit that failed after it had begun to move new files into the output folder: some of its files are new, the
 * others still old. The journal beside the folder stays, and the next build into it finishes the update before
 * anything else ({@link Recovery}).
 */
public final class PartlyPublished extends UncheckedIOException {

    public PartlyPublished(String message, IOException cause) {
        super(message, cause);
    }
}
