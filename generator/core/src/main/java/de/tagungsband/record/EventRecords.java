package de.tagungsband.record;

import java.util.List;

/** An event with the session and input records of its folder. */
public record EventRecords(EventRecord event, List<SessionRecord> sessions, List<InputRecord> inputs) {
}
