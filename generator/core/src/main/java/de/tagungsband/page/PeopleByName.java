package de.tagungsband.page;

import de.tagungsband.model.Person;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry's people and organisations in the order of their names, as the list of people and the search form
 * show them, each under its {@link Person#sortName()}, in a language's alphabetical order, equal names in registry
 * order. Worked out once per language when first needed.
 */
final class PeopleByName {

    private final Map<String, Person> registry;
    private final Map<Locale, List<Person>> sorted = new ConcurrentHashMap<>();

    PeopleByName(Map<String, Person> registry) {
        this.registry = registry;
    }

    List<Person> in(Locale language) {
        return sorted.computeIfAbsent(language, this::sort);
    }

    /** Each name's collation key is made once, instead of the collator taking two names apart for every comparison. */
    private List<Person> sort(Locale language) {
        record Keyed(CollationKey key, Person person) {
        }
        Collator collator = Collator.getInstance(language);
        return registry.values().stream().map(person -> new Keyed(collator.getCollationKey(person.sortName()), person))
                .sorted(Comparator.comparing(Keyed::key)).map(Keyed::person).toList();
    }
}
