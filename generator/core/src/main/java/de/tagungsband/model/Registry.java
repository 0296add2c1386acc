package de.tagungsband.model;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.record.Located;
import de.tagungsband.record.PersonEntry;
import de.tagungsband.record.PersonKind;
import de.tagungsband.record.Suggestions;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The people registry as pages, and the look-up of ids written in records, with "did you mean" for misspellings. */
final class Registry {

    private final Map<String, Person> people;
    private final boolean readable;

    private Registry(Map<String, Person> people, boolean readable) {
        this.people = people;
        this.readable = readable;
    }

    /**
     * @param readable false when people.yaml had a syntax error: ids are then not reported as unknown
     */
    static Registry of(Map<String, PersonEntry> entries, boolean readable, Path peopleFile, Diagnostics diagnostics) {
        Map<String, Person> people = new LinkedHashMap<>();
        entries.values().forEach(e -> people.put(e.id(), new Person(e.id(), e.name(), e.kind(), e.role(),
                e.organisation().map(Located::value), e.url(),
                SitePaths.person(e.id(), e.kind() == PersonKind.ORGANISATION))));
        Registry registry = new Registry(java.util.Collections.unmodifiableMap(people), readable);
        entries.values().forEach(e -> e.organisation().ifPresent(org ->
                registry.organisation(org, peopleFile, diagnostics)));
        return registry;
    }

    Map<String, Person> all() {
        return people;
    }

    Optional<Person> person(Located<String> id, Path file, Diagnostics diagnostics) {
        Person person = people.get(id.value());
        if (person == null && readable) {
            diagnostics.error(file, id.line(), "unknown person id '" + id.value() + "'",
                    Suggestions.didYouMean(id.value(), people.keySet(),
                            "add an entry '" + id.value() + ":' with name and kind to people.yaml"));
        }
        return Optional.ofNullable(person);
    }

    Optional<Person> organisation(Located<String> id, Path file, Diagnostics diagnostics) {
        Optional<Person> found = person(id, file, diagnostics);
        if (found.isPresent() && !found.get().isOrganisation()) {
            diagnostics.error(file, id.line(), "'" + id.value() + "' is a person, not an organisation",
                    "name an entry of people.yaml that has kind: organisation");
            return Optional.empty();
        }
        return found;
    }
}
