package de.tagungsband.record;

import de.tagungsband.source.SourceFile;

/** A record read from one file of the content folder: an event, a session or an input. */
public sealed interface ContentRecord permits EventRecord, SessionRecord, InputRecord {

    /** The file the record was read from. */
    SourceFile source();
}
