package de.tagungsband.model;

import java.util.Optional;

/**
 * One contribution of a person or organisation: as author of a session, or as speaker of an input (then
 * {@code input} is present), or as the organisation a speaker appeared for.
 */
public record Appearance(Role role, Session session, Optional<Input> input) {

    public enum Role { AUTHOR, SPEAKER, ORGANISATION }
}
