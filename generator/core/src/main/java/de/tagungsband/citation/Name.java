package de.tagungsband.citation;

import de.tagungsband.model.Person;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A name as citations need it: a person's family and given name, or an organisation's name as a whole.
 *
 * @param given empty for organisations
 */
public record Name(String family, Optional<String> given) {

    /**
     * Persons split at the last space ("Marianne Sand" → Sand, Marianne), academic titles left out as citations
     * do ("Prof. Dr. Heike Brandt" → Brandt, Heike); organisations stay whole.
     */
    public static Name of(Person person) {
        String name = person.name().strip();
        int space = name.lastIndexOf(' ');
        if (person.isOrganisation() || space < 0) {
            return new Name(name, Optional.empty());
        }
        String given = Arrays.stream(name.substring(0, space).split("\\s+"))
                .filter(word -> !word.endsWith(".")).collect(Collectors.joining(" "));
        return new Name(name.substring(space + 1), Optional.of(given.isEmpty() ? name.substring(0, space) : given));
    }

    public boolean isOrganisation() {
        return given.isEmpty();
    }

    /** "Sand, Marianne", or the organisation's name. */
    public String inverted() {
        return given.map(g -> family + ", " + g).orElse(family);
    }
}
