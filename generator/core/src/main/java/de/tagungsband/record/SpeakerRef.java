package de.tagungsband.record;

import java.util.Optional;

/**
 * A speaker of an input: an id from people.yaml, with role and organisation for this event when they differ from
 * the registry's defaults.
 */
public record SpeakerRef(Located<String> id, Optional<String> role, Optional<Located<String>> organisation) {
}
