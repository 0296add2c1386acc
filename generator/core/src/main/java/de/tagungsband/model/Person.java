package de.tagungsband.model;

import de.tagungsband.record.FormerName;
import de.tagungsband.record.NameParts;
import de.tagungsband.record.PersonKind;

import java.util.List;
import java.util.Optional;

/**
 * A person or organisation: an entry of the registry with its page, or a name written in a record that is not in
 * the registry ({@link #unregistered}), shown as written and without a page.
 *
 * @param organisationId the id of the registry entry of the default organisation, or the name as written when it
 *                       names no entry (ids never contain spaces or capitals, names hardly ever look like ids)
 * @param pagePath empty for a name that is not in the registry
 * @param name the name it has now, or in a model of one event ({@link #asOf}) the name it had then
 * @param nameParts title, given and family name as people.yaml gives them, for citations
 * @param formerNames earlier names ({@code names:} in people.yaml), by the year up to which each held
 */
public record Person(String id, String name, PersonKind kind, Optional<String> role, Optional<String> organisationId,
                     Optional<String> url, String pagePath, NameParts nameParts, List<FormerName> formerNames) {

    public Person(String id, String name, PersonKind kind, Optional<String> role, Optional<String> organisationId,
                  Optional<String> url, String pagePath, NameParts nameParts) {
        this(id, name, kind, role, organisationId, url, pagePath, nameParts, List.of());
    }

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

    /** An entry is itself under any of its names: one page, one place in every index. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Person that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** As named at an event of {@code year}: the first former name that held up to then, else the current name. */
    public Person asOf(int year) {
        return formerNames.stream().filter(n -> year <= n.until()).findFirst()
                .map(n -> new Person(id, n.name(), kind, role, organisationId, url, pagePath, nameParts, formerNames))
                .orElse(this);
    }

    public boolean isOrganisation() {
        return kind == PersonKind.ORGANISATION;
    }

    /**
     * How indexes sort the entry: a person by family name (people.yaml's {@code family}, else the last word), an
     * organisation by its name, and so a name given as text that is no person's ("Vertreterinnen und Vertreter der
     * Landkreise": it has a small word that is no name particle, an "&" or a legal form) under its first word.
     */
    public String sortName() {
        if (isOrganisation() || (!hasPage() && isCollective(name))) {
            return name;
        }
        String family = nameParts.family().filter(f -> name.endsWith(" " + f))
                .orElseGet(() -> name.substring(name.lastIndexOf(' ') + 1));
        String before = name.substring(0, name.length() - family.length()).strip();
        return before.isEmpty() ? family : family + " " + before;
    }

    private static boolean isCollective(String name) {
        String[] words = name.strip().split("\\s+");
        return words.length > 1 && java.util.Arrays.stream(words).anyMatch(w -> w.equals("&")
                || w.matches("e\\.\\s?V\\.|g?GmbH|gGmbH|mbH")
                || Character.isLowerCase(w.codePointAt(0)) && !de.tagungsband.record.NameParts.PARTICLES.contains(w));
    }

    /** False for a name that is not in the registry: it has no page to link to. */
    public boolean hasPage() {
        return !pagePath.isEmpty();
    }
}
