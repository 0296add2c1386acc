package de.tagungsband.record;

import de.tagungsband.diagnostic.Reported;

import java.util.Optional;

/**
 * Records an earlier read made from the same file, with what reading it reported, so that a rebuild in the same
 * process (the preview) parses only the files that changed.
 */
public interface KnownRecords {

    KnownRecords NONE = new KnownRecords() {
        @Override
        public Optional<Reported<Optional<?>>> recall(Object source) {
            return Optional.empty();
        }

        @Override
        public void remember(Object source, Reported<Optional<?>> read) {
        }
    };

    /**
     * What reading one file gave: a record (or nothing, when the file has mistakes) and what reading reported.
     *
     * @param source the file read, with whatever else the reading depends on (the event folder)
     */
    Optional<Reported<Optional<?>>> recall(Object source);

    void remember(Object source, Reported<Optional<?>> read);
}
