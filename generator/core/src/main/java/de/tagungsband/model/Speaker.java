package de.tagungsband.model;

import java.util.Optional;

/** A person as they appeared at one input: role and organisation as of that event. */
public record Speaker(Person person, Optional<String> role, Optional<Person> organisation) {
}
