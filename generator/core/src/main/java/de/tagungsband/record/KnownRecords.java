package de.tagungsband.record;

import de.tagungsband.diagnostic.Reported;
import de.tagungsband.source.SourceFile;

import java.util.Optional;

/**
 * Records an earlier read made from the same file, with what reading it reported, so that a rebuild in the same
 * process (the preview) parses only the files that changed.
 */
public interface KnownRecords {

    KnownRecords NONE = new KnownRecords() {
        @Override
        public Optional<Reported<Optional<ContentRecord>>> recall(SourceFile source) {
            return Optional.empty();
        }

        @Override
        public void remember(SourceFile source, Reported<Optional<ContentRecord>> read) {
        }
    };

    /**
     * What reading one file gave: a record (or nothing, when the file has mistakes) and what reading reported.
     *
     * @param source the file read (its path, which names the event folder too, and its bytes)
     */
    Optional<Reported<Optional<ContentRecord>>> recall(SourceFile source);

    void remember(SourceFile source, Reported<Optional<ContentRecord>> read);
}
