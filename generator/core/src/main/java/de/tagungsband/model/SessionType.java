package de.tagungsband.model;

import java.util.Optional;

/**
 * A kind of session with the words pages use for it: a built-in kind (labels from the message bundle) or one that
 * {@code session_kinds:} in site.yaml defines or relabels.
 *
 * @param id            {@code workshop}, {@code grusswort}: the search filter's value
 * @param label         "Arbeitstisch", "Grußwort": the kicker, the programme, the volume's chapter
 * @param plural        "Arbeitstische", "Grußworte": the search filter, a session of several untitled inputs
 * @param inputsHeading the heading above the session's inputs ("Auf dem Podium"); empty: the inputs stand without one
 */
public record SessionType(String id, String label, String plural, Optional<String> inputsHeading) {

    /** For templates written against the former enum: {@code kind().yamlName()}. */
    public String yamlName() {
        return id;
    }
}
