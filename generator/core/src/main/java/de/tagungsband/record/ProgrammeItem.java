package de.tagungsband.record;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A point of an event's programme that is not a session ({@code programme:} in event.md): "12:30 Mittagspause".
 *
 * @param date its day at an event of several days (the first day when not given)
 */
public record ProgrammeItem(Optional<String> time, String title, Optional<LocalDate> date) {
}
