package de.tagungsband.model;

import de.tagungsband.record.NameParts;
import de.tagungsband.record.PersonKind;

import java.util.Optional;

/**
 * A person or organisation: an entry of the registry with its page, or a name written in a record that is not in
 * the registry ({@link #unregistered}), shown as written and without a page.
 *
 * @param organisationId the id of the registry entry of the default organisation, or the name as written when it
 *                       names no entry (ids never contain spaces or capitals, names hardly ever look like ids)
 * @param pagePath empty for a name that is not in the registry
 * @param nameParts title, given and family name as people.yaml gives them, for citations
 */
public record Person(String id, String name, PersonKind kind, Optional<String> role, Optional<String> organisationId,
                     Optional<String> url, String pagePath, NameParts nameParts) {

    /** A person whose name the citations split by themselves. */
    public Person(String id, String name, PersonKind kind, Optional<String> role, Optional<String> organisationId,
                  Optional<String> url, String pagePath) {
        this(id, name, kind, role, organisationId, url, pagePath, NameParts.NONE);
    }

    /** Prefix of the ids of names that are not in the registry: no registry id can start with it. */
    static final String UNREGISTERED = "~";

    /** A name written in a record that names no entry of people.yaml. */
    public static Person unregistered(String name, PersonKind kind) {
        return new Person(UNREGISTERED + name, name, kind, Optional.empty(), Optional.empty(), Optional.empty(), "");
    }

    public boolean isOrganisation() {
        return kind == PersonKind.ORGANISATION;
    }

    /** False for a name that is not in the registry: it has no page to link to. */
    public boolean hasPage() {
        return !pagePath.isEmpty();
    }
}
