package de.tagungsband.model;

import java.util.Optional;

/**
 * One contribution of a person or organisation to a session: as author (or the organisation an author wrote for),
 * as speaker of an input (then {@code input} is present) or the organisation a speaker appeared for, or in a
 * further role such as Moderation ({@code function} is then that role as written).
 */
public record Appearance(Role role, Session session, Optional<Input> input, Optional<String> function) {

    public enum Role { AUTHOR, AUTHOR_ORGANISATION, SPEAKER, ORGANISATION, FUNCTION, FUNCTION_ORGANISATION }
}
