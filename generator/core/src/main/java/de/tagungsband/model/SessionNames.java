package de.tagungsband.model;

import de.tagungsband.i18n.Messages;
import de.tagungsband.record.SessionRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * Names sessions and inputs whose records give no title by their kind and people, as programmes print them:
 * "Grußwort von Petra Köpping", "Grußworte von A und B" (a session of several untitled inputs).
 */
final class SessionNames {

    private final String by;
    private final String and;

    SessionNames(Messages messages) {
        this.by = messages.get("session.by");
        this.and = messages.get("session.and");
    }

    /** The record's title, or the kind and the people: the authors, else the inputs' speakers, else the roles. */
    String title(SessionRecord record, SessionType kind, List<Speaker> authors, List<Speaker> roles, List<Input> inputs) {
        if (!record.title().isEmpty()) {
            return record.title();
        }
        List<Speaker> people = authors;
        if (people.isEmpty()) {
            people = inputs.stream().flatMap(i -> i.speakers().stream()).toList();
        }
        if (people.isEmpty()) {
            people = roles;
        }
        String label = inputs.size() > 1 ? kind.plural() : kind.label();
        return people.isEmpty() ? label : label + " " + by + " " + names(people);
    }

    /** The input as given, or named by the session's kind and its speakers when its record gives no title. */
    Input named(Input input, SessionType kind) {
        if (!input.title().isEmpty()) {
            return input;
        }
        String title = input.speakers().isEmpty() ? kind.label() : kind.label() + " " + by + " " + names(input.speakers());
        return new Input(title, input.speakers(), input.pagePath(), input.slidesPath(), input.documents(), input.source(), input.body(), true);
    }

    /** "A", "A und B", "A, B und C". */
    private String names(List<Speaker> people) {
        List<String> names = new ArrayList<>(people.stream().map(s -> s.person().name()).distinct().toList());
        if (names.size() == 1) {
            return names.get(0);
        }
        String last = names.remove(names.size() - 1);
        return String.join(", ", names) + " " + and + " " + last;
    }
}
