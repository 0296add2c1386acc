package de.tagungsband.model;

import de.tagungsband.record.EventRecord;
import de.tagungsband.record.Located;
import de.tagungsband.record.ProgrammeItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The programme of one day of an event. An event of several days whose sessions or points say their {@code date:}
 * has one per day, each shown under its day ("Donnerstag, 26. September 2019"); any other event has one without day.
 *
 * @param date the day, empty when the programme is not divided into days
 */
public record ProgrammeDay(Optional<LocalDate> date, List<ProgrammeSlot> slots) {

    /** @param sessions in programme order, which sorts them by day first */
    static List<ProgrammeDay> of(EventRecord event, List<Session> sessions) {
        boolean byDay = !event.start().equals(event.end())
                && (sessions.stream().anyMatch(s -> s.record().date().isPresent())
                || event.programme().stream().anyMatch(i -> i.date().isPresent()));
        if (!byDay) {
            return List.of(new ProgrammeDay(Optional.empty(), ProgrammeSlot.of(sessions, event.programme())));
        }
        TreeMap<LocalDate, List<Session>> sessionsByDay = new TreeMap<>();
        TreeMap<LocalDate, List<ProgrammeItem>> itemsByDay = new TreeMap<>();
        for (Session session : sessions) {
            LocalDate day = session.record().date().map(Located::value).orElse(event.start());
            sessionsByDay.computeIfAbsent(day, d -> new ArrayList<>()).add(session);
        }
        for (ProgrammeItem item : event.programme()) {
            itemsByDay.computeIfAbsent(item.date().orElse(event.start()), d -> new ArrayList<>()).add(item);
        }
        List<ProgrammeDay> days = new ArrayList<>();
        for (LocalDate day = event.start(); !day.isAfter(event.end()); day = day.plusDays(1)) {
            List<Session> daySessions = sessionsByDay.getOrDefault(day, List.of());
            List<ProgrammeItem> dayItems = itemsByDay.getOrDefault(day, List.of());
            if (!daySessions.isEmpty() || !dayItems.isEmpty()) {
                days.add(new ProgrammeDay(Optional.of(day), ProgrammeSlot.of(daySessions, dayItems)));
            }
        }
        return List.copyOf(days);
    }
}
