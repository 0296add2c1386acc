package de.tagungsband.record;

import java.util.Optional;

/**
 * A person or organisation named in a record (author, speaker, organiser, a role such as Moderation): an id from
 * people.yaml or a name ({@code id} holds whichever was written), with role and organisation for this record when
 * they differ from the registry's defaults.
 */
public record SpeakerRef(Located<String> id, Optional<String> role, Optional<Located<String>> organisation) {

    public static SpeakerRef of(Located<String> idOrName) {
        return new SpeakerRef(idOrName, Optional.empty(), Optional.empty());
    }
}
