package de.tagungsband;

/** The build was asked for something impossible (a missing folder, say): not a mistake in the content. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
