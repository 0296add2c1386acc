package de.tagungsband.record;

import java.util.Optional;

/** A point of an event's programme that is not a session ({@code programme:} in event.md): "12:30 Mittagspause". */
public record ProgrammeItem(Optional<String> time, String title) {
}
