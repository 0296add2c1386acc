package de.tagungsband.publish;

import de.tagungsband.i18n.Text;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A commit that failed after it had begun to move new files into the output folder: some of its files are new, the
 * others still old. The journal beside the folder stays, and the next build into it finishes the update before
 * anything else ({@link Recovery}).
 */
public final class PartlyPublished extends UncheckedIOException {

    /** @param message an {@link Text#encoded() encoded text} */
    PartlyPublished(Text message, IOException cause) {
        super(message.encoded(), cause);
    }
}
