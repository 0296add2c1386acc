package de.tagungsband.model;

import de.tagungsband.record.ProgrammeItem;
import de.tagungsband.record.Times;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One point of an event's programme as its page shows it: one session, several parallel sessions (the same
 * {@code time}, or the same {@code slot} label), or a point that is not a session ({@code item}, e.g. Mittagspause).
 *
 * @param time the time of the point, when known
 * @param label the slot label of parallel sessions whose time is not known
 */
public record ProgrammeSlot(Optional<String> time, Optional<String> label, List<Session> sessions,
                            Optional<String> item) {

    public boolean parallel() {
        return sessions.size() > 1;
    }

    /**
     * The programme of sessions in programme order with the event's other points placed among them by time
     * (points without a time at the end); sessions side by side when they share a time or a slot.
     */
    static List<ProgrammeSlot> of(List<Session> sessions, List<ProgrammeItem> items) {
        List<ProgrammeSlot> slots = new ArrayList<>();
        for (Session session : sessions) {
            Optional<String> time = session.record().time();
            Optional<String> slot = session.record().slot();
            ProgrammeSlot last = slots.isEmpty() ? null : slots.get(slots.size() - 1);
            boolean together = last != null && last.item.isEmpty() && (time.isPresent() || slot.isPresent())
                    && Objects.equals(last.time, time) && Objects.equals(last.label, slot);
            if (together) {
                List<Session> joined = new ArrayList<>(last.sessions);
                joined.add(session);
                slots.set(slots.size() - 1, new ProgrammeSlot(time, slot, List.copyOf(joined), Optional.empty()));
            } else {
                slots.add(new ProgrammeSlot(time, slot, List.of(session), Optional.empty()));
            }
        }
        for (ProgrammeItem item : items) {
            ProgrammeSlot point = new ProgrammeSlot(item.time(), Optional.empty(), List.of(), Optional.of(item.title()));
            int at = slots.size();
            int minutes = item.time().flatMap(Times::startMinutes).orElse(Integer.MAX_VALUE);
            for (int i = 0; i < slots.size(); i++) {
                int other = slots.get(i).time.flatMap(Times::startMinutes).orElse(Integer.MAX_VALUE);
                if (other > minutes) {
                    at = i;
                    break;
                }
            }
            slots.add(at, point);
        }
        return List.copyOf(slots);
    }
}
