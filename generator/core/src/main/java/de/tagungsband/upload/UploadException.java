package de.tagungsband.upload;

import de.tagungsband.i18n.Text;

/** An upload that could not start or finish, with what to do about it ({@link Text#encoded() encoded texts}). */
public final class UploadException extends RuntimeException {

    public UploadException(Text message, Throwable cause) {
        super(message.encoded(), cause);
    }

    public UploadException(Text message) {
        super(message.encoded());
    }
}
