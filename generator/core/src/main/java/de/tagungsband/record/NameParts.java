package de.tagungsband.record;

import java.util.Optional;
import java.util.Set;

/**
 * How a person's name is cited, from {@code title}, {@code given} and {@code family} in people.yaml, for names the
 * citation splitter cannot take apart by itself ("María do Mar Castro Varela": family "Castro Varela").
 *
 * @param title academic title, left out of citations ("Prof.in Dr.in")
 */
public record NameParts(Optional<String> title, Optional<String> given, Optional<String> family) {

    public static final NameParts NONE = new NameParts(Optional.empty(), Optional.empty(), Optional.empty());

    /** Name particles that belong to the family name when they stand right before it ("von Alemann"). */
    public static final Set<String> PARTICLES = Set.of("von", "van", "de", "do", "da", "del", "della", "dos", "das",
            "du", "zu", "zum", "zur", "vom", "der", "den", "ter", "ten", "la", "le", "di", "bin", "ibn", "al");
}
