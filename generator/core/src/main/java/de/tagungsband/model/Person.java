package de.tagungsband.model;

import de.tagungsband.record.PersonKind;

import java.util.Optional;

/** A person or organisation of the registry, with its page. */
public record Person(String id, String name, PersonKind kind, Optional<String> role, Optional<String> organisationId,
                     Optional<String> url, String pagePath) {

    public boolean isOrganisation() {
        return kind == PersonKind.ORGANISATION;
    }
}
