package de.tagungsband;

import de.tagungsband.i18n.Text;

/**
 * The build was asked for something impossible (a missing folder, say): not a mistake in the content. Its message
 * is an {@link Text#encoded() encoded text} (shown in the language of the run) or a plain string.
 */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }

    public UsageException(Text message) {
        super(message.encoded());
    }
}
