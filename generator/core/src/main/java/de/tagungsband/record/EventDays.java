package de.tagungsband.record;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;

import java.nio.file.Path;
import java.time.LocalDate;

/** The {@code date:} of a session or a point of the programme names one of the days of its event. */
public final class EventDays {

    private EventDays() {
    }

    /** An error at {@code line} when {@code day} is not between the event's start and end (both included). */
    public static void check(Diagnostics diagnostics, Path file, int line, LocalDate day, LocalDate start, LocalDate end) {
        if (!day.isBefore(start) && !day.isAfter(end)) {
            return;
        }
        if (start.equals(end)) {
            diagnostics.error(file, line, Text.of("programme.dayOutside.oneDay", GermanDates.shown(day), GermanDates.shown(start)),
                    Text.of("programme.dayOutside.oneDay.fix", start));
        } else {
            diagnostics.error(file, line, Text.of("programme.dayOutside", GermanDates.shown(day), GermanDates.shown(start),
                    GermanDates.shown(end)), Text.of("programme.dayOutside.fix", start, end));
        }
    }
}
