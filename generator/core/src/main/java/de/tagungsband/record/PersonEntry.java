package de.tagungsband.record;

import java.util.List;
import java.util.Optional;

/**
 * One entry of {@code people.yaml}: a person or an organisation.
 *
 * @param role default role, used where a record gives none
 * @param organisation default organisation: the id, name or alias of an entry of kind organisation, or a name
 *                     that is not in the registry
 * @param aliases other names and spellings that mean this entry when written in a record
 * @param nameParts title, given and family name for citations, where written
 * @param formerNames earlier names, each valid up to a year ({@code names:}), by year
 * @param line where the entry starts in people.yaml
 */
public record PersonEntry(String id, String name, PersonKind kind, Optional<String> role,
                          Optional<Located<String>> organisation, Optional<String> url, List<Located<String>> aliases,
                          NameParts nameParts, List<FormerName> formerNames, int line) {
}
