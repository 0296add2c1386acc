package de.tagungsband.record;

import java.util.Optional;

/**
 * One entry of {@code people.yaml}: a person or an organisation.
 *
 * @param role default role, used where a record gives none
 * @param organisation default organisation: the id of an entry of kind organisation
 * @param line where the entry starts in people.yaml
 */
public record PersonEntry(String id, String name, PersonKind kind, Optional<String> role,
                          Optional<Located<String>> organisation, Optional<String> url, int line) {
}
