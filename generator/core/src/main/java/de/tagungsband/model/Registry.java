package de.tagungsband.model;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;
import de.tagungsband.record.Located;
import de.tagungsband.record.PersonEntry;
import de.tagungsband.record.PersonKind;
import de.tagungsband.record.SpeakerRef;
import de.tagungsband.record.Suggestions;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people registry as pages, and the look-up of what records write where a person or organisation is meant: an
 * id, a registered name or alias, or any other name (shown as written, without a page, with a warning once per name).
 * An unknown id-shaped word stays an error, with "did you mean" for misspellings.
 */
final class Registry {

    private static final Pattern ID_SHAPED = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final Map<String, Person> people;
    private final Map<String, String> idByName;
    private final boolean readable;
    private final Set<String> warned = new HashSet<>();

    private Registry(Map<String, Person> people, Map<String, String> idByName, boolean readable) {
        this.people = people;
        this.idByName = idByName;
        this.readable = readable;
    }

    /**
     * @param readable false when people.yaml had a syntax error: ids are then not reported as unknown
     */
    static Registry of(Map<String, PersonEntry> entries, boolean readable, Path peopleFile, Diagnostics diagnostics) {
        Map<String, String> idByName = new LinkedHashMap<>();
        entries.values().forEach(e -> idByName.putIfAbsent(key(e.name()), e.id()));
        entries.values().forEach(e -> e.formerNames().forEach(n -> idByName.putIfAbsent(key(n.name()), e.id())));
        for (PersonEntry e : entries.values()) {
            for (Located<String> alias : e.aliases()) {
                String owner = idByName.putIfAbsent(key(alias.value()), e.id());
                if (owner != null && !owner.equals(e.id())) {
                    diagnostics.error(peopleFile, alias.line(), Text.of("names.aliasTaken", alias.value(), e.id(), owner),
                            Text.of("names.aliasTaken.fix"));
                }
            }
        }
        Map<String, Person> bare = new LinkedHashMap<>();
        entries.values().forEach(e -> bare.put(e.id(), person(e, Optional.empty())));
        Registry lookup = new Registry(bare, idByName, readable);
        Map<String, Person> people = new LinkedHashMap<>();
        for (PersonEntry e : entries.values()) {
            Optional<String> organisation = e.organisation()
                    .flatMap(org -> lookup.organisation(org, peopleFile, diagnostics))
                    .map(org -> org.hasPage() ? org.id() : org.name());
            people.put(e.id(), person(e, organisation));
        }
        return new Registry(java.util.Collections.unmodifiableMap(people), idByName, readable);
    }

    private static Person person(PersonEntry e, Optional<String> organisation) {
        return new Person(e.id(), e.name(), e.kind(), e.role(), organisation, e.url(),
                SitePaths.person(e.id(), e.kind() == PersonKind.ORGANISATION), e.nameParts(), e.formerNames());
    }

    /** The registry of a model made before: its people, read from a people.yaml without mistakes. */
    static Registry of(Map<String, Person> people) {
        Map<String, String> idByName = new LinkedHashMap<>();
        people.values().forEach(p -> idByName.putIfAbsent(key(p.name()), p.id()));
        return new Registry(people, idByName, true);
    }

    Map<String, Person> all() {
        return people;
    }

    Optional<Person> person(Located<String> ref, Path file, Diagnostics diagnostics) {
        return resolve(ref, PersonKind.PERSON, file, diagnostics);
    }

    Optional<Person> organisation(Located<String> ref, Path file, Diagnostics diagnostics) {
        Optional<Person> found = resolve(ref, PersonKind.ORGANISATION, file, diagnostics);
        if (found.isPresent() && found.get().hasPage() && !found.get().isOrganisation()) {
            diagnostics.error(file, ref.line(), "'" + ref.value() + "' is a person, not an organisation",
                    "name an entry of people.yaml that has kind: organisation");
            return Optional.empty();
        }
        return found;
    }

    /**
     * The people {@code refs} name, each with their role and organisation as of this record, the registry's defaults
     * where the record gives none, named as they were in {@code year}; ids that are not known are reported and left out.
     */
    List<Speaker> speakers(List<SpeakerRef> refs, int year, Path file, Diagnostics diagnostics) {
        List<Speaker> speakers = new java.util.ArrayList<>();
        for (SpeakerRef ref : refs) {
            Optional<Person> person = person(ref.id(), file, diagnostics);
            Optional<Person> organisation = ref.organisation().isPresent()
                    ? organisation(ref.organisation().get(), file, diagnostics)
                    : person.flatMap(this::organisationOf);
            person.ifPresent(p -> speakers.add(new Speaker(p.asOf(year), ref.role().or(p::role),
                    organisation.map(o -> o.asOf(year)))));
        }
        return List.copyOf(speakers);
    }

    /** The people or organisations {@code refs} name (organisers, editors, partners, funders) as named in {@code year}. */
    List<Person> people(List<SpeakerRef> refs, int year, Path file, Diagnostics diagnostics) {
        return refs.stream().flatMap(ref -> person(ref.id(), file, diagnostics).stream()).map(p -> p.asOf(year)).toList();
    }

    /** The default organisation of a person of the registry, registered or written as a name. */
    Optional<Person> organisationOf(Person person) {
        return person.organisationId().map(id -> people.getOrDefault(id,
                Person.unregistered(id, PersonKind.ORGANISATION)));
    }

    private Optional<Person> resolve(Located<String> ref, PersonKind kind, Path file, Diagnostics diagnostics) {
        String written = ref.value().strip();
        Person person = people.get(written);
        if (person == null) {
            String id = idByName.get(key(written));
            person = id == null ? null : people.get(id);
        }
        if (person != null) {
            return Optional.of(person);
        }
        if (ID_SHAPED.matcher(written).matches()) {
            if (readable) {
                diagnostics.error(file, ref.line(), "unknown person id '" + written + "'",
                        Suggestions.didYouMean(written, people.keySet(),
                                "add an entry '" + written + ":' with name and kind to people.yaml"));
            }
            return Optional.empty();
        }
        if (readable && warned.add(written)) {
            List<String> near = nearest(written);
            diagnostics.warning(file, ref.line(), Text.of("names.unregistered", written), near.isEmpty()
                    ? Text.of("names.unregistered.fix", written)
                    : Text.of("names.unregistered.near", String.join(near.size() == 2 ? " / " : ", ", near), written));
        }
        return Optional.of(Person.unregistered(written, kind));
    }

    /** The entries nearest to a name, each as "'ehs-dresden' (Evangelische Hochschule Dresden)". */
    private List<String> nearest(String written) {
        Map<String, String> idByWord = new LinkedHashMap<>();
        people.keySet().forEach(id -> idByWord.put(id, id));
        people.values().forEach(p -> idByWord.putIfAbsent(p.name(), p.id()));
        idByName.forEach((name, id) -> idByWord.putIfAbsent(name, id));
        List<String> ids = Suggestions.nearest(written, idByWord.keySet()).stream()
                .map(idByWord::get).distinct().toList();
        return ids.stream().map(id -> "'" + id + "' (" + people.get(id).name() + ")").toList();
    }

    /** Names and aliases match whatever their case and spacing. */
    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
