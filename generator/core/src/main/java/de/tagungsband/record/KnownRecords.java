package de.tagungsband.record;

import de.tagungsband.diagnostic.Diagnostic;

import java.util.List;
import java.util.Optional;

/**
 * Records an earlier read made from the same file, with what reading it reported, so that a rebuild in the same
 * process (the preview) parses only the files that changed.
 */
public interface KnownRecords {

    KnownRecords NONE = new KnownRecords() {
        @Override
        public Optional<Known> recall(Object source) {
            return Optional.empty();
        }

        @Override
        public void remember(Object source, Known read) {
        }
    };

    /** What reading one file gave: a record (or nothing, when the file has mistakes) and the diagnostics. */
    record Known(Optional<?> record, List<Diagnostic> diagnostics) {
    }

    /** @param source the file read, with whatever else the reading depends on (the event folder) */
    Optional<Known> recall(Object source);

    void remember(Object source, Known read);
}
