package de.tagungsband.citation;

import de.tagungsband.model.Person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name as citations need it: a person's family and given name, or an organisation's name as a whole.
 *
 * @param given empty for organisations and for persons known by one name
 * @param organisation true for an organisation, whose name is never split
 */
public record Name(String family, Optional<String> given, boolean organisation) {

    /**
     * Academic titles and degrees before a name, also in their gendered forms: "Prof.", "Prof.in", "Prof'in",
     * "Dr.", "Dr.in", "Dr. med.", "Dipl.-Soz.päd.", "M.A.", "PD".
     */
    private static final Pattern TITLE = Pattern.compile("(?i)prof|dr|pd|\\p{L}{2,}[.'’].*|.*\\..*\\.");
    private static final Set<String> PARTICLES = de.tagungsband.record.NameParts.PARTICLES;

    /** An organisation, or a name cited as one piece. */
    public Name(String family, Optional<String> given) {
        this(family, given, given.isEmpty());
    }

    /**
     * Persons as people.yaml's {@code given} and {@code family} say, or split by the name itself: academic titles
     * before it are left out ("Prof.in Dr.in Silke Geithner" → Geithner, Silke), the last word is the family
     * name together with the particles right before it ("Ulrich von Alemann" → von Alemann, Ulrich), and a person
     * known by one word keeps it as family name (still a person, never an organisation). Organisations stay whole.
     */
    public static Name of(Person person) {
        String name = person.name().strip();
        if (person.isOrganisation()) {
            return new Name(name, Optional.empty(), true);
        }
        Optional<String> family = person.nameParts().family();
        Optional<String> given = person.nameParts().given();
        List<String> words = new ArrayList<>(Arrays.asList(withoutTitle(name, person.nameParts().title())
                .split("\\s+")));
        while (words.size() > 1 && isTitle(words.get(0))) {
            words.remove(0);
        }
        if (family.isPresent()) {
            String rest = String.join(" ", words);
            String before = rest.endsWith(family.get()) ? rest.substring(0, rest.length() - family.get().length()).strip()
                    : rest;
            return new Name(family.get(), given.or(() -> before.isEmpty() ? Optional.empty() : Optional.of(before)), false);
        }
        int start = words.size() - 1;
        while (start > 1 && PARTICLES.contains(words.get(start - 1))) {
            start--;
        }
        String split = String.join(" ", words.subList(start, words.size()));
        String first = String.join(" ", words.subList(0, start));
        return new Name(split, given.or(() -> first.isEmpty() ? Optional.empty() : Optional.of(first)), false);
    }

    private static String withoutTitle(String name, Optional<String> title) {
        return title.filter(name::startsWith).map(t -> name.substring(t.length()).strip()).orElse(name);
    }

    /** A title or degree, but not an initial ("J.") and not a word that merely ends a sentence. */
    private static boolean isTitle(String word) {
        return !word.matches("\\p{Lu}\\.") && TITLE.matcher(word).matches();
    }

    public boolean isOrganisation() {
        return organisation;
    }

    /** "Sand, Marianne", a one-word name as it is, or the organisation's name. */
    public String inverted() {
        return given.map(g -> family + ", " + g).orElse(family);
    }
}
