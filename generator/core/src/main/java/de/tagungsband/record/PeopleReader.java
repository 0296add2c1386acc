package de.tagungsband.record;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;
import de.tagungsband.source.ControlCharacters;
import de.tagungsband.source.SourceFile;
import de.tagungsband.slug.Slugs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code people.yaml}: id → person or organisation. */
final class PeopleReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Set<String> FIELDS = Set.of("name", "names", "kind", "role", "organisation", "url", "aliases", "title",
            "given", "family");

    private PeopleReader() {
    }

    /** The registry, or empty when people.yaml exists but is not readable YAML. */
    static Optional<Map<String, PersonEntry>> read(Optional<SourceFile> file, Diagnostics diagnostics) {
        Map<String, PersonEntry> people = new LinkedHashMap<>();
        if (file.isEmpty()) {
            return Optional.of(people);
        }
        SourceFile source = file.get();
        Optional<YamlFields> root = YamlDocument.parseMapping(source.text(), source.path(), 1, diagnostics);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        for (YamlFields.Entry raw : root.get().entries()) {
            String id = raw.key();
            if (!ID.matcher(id).matches()) {
                diagnostics.error(source.path(), raw.line(), Text.of("people.badId", id), Text.of("people.badId.fix", Slugs.of(id)));
                continue;
            }
            root.get().nested(raw.value(), Text.of("yaml.group.entry", id), id + ":  (darunter eingerückt)  name: \"…\"  kind: person")
                    .ifPresent(fields -> people.put(id, entry(id, raw.line(), fields)));
        }
        reportSameNames(people.values(), source, diagnostics);
        return Optional.of(people);
    }

    /**
     * Two entries with the same name are usually one person entered twice (sessions then split their appearances over
     * two person pages); two people of the same name are told apart by their role or organisation, and are not named.
     */
    private static void reportSameNames(java.util.Collection<PersonEntry> entries, SourceFile source, Diagnostics diagnostics) {
        Map<String, PersonEntry> seen = new java.util.HashMap<>();
        for (PersonEntry entry : entries) {
            String key = entry.name().strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
            PersonEntry first = key.isEmpty() ? null : seen.putIfAbsent(key, entry);
            if (first != null && first.role().equals(entry.role()) && first.organisation().map(Located::value)
                    .equals(entry.organisation().map(Located::value))) {
                diagnostics.warning(source.path(), entry.line(), Text.of("people.sameName", entry.id(), entry.name(),
                        first.id(), first.line()), Text.of("people.sameName.fix", first.id(), entry.id()));
            }
        }
    }

    private static PersonEntry entry(String id, int line, YamlFields fields) {
        fields.rejectUnknown(FIELDS);
        String name = fields.requiredString("name", "\"Marianne Sand\"");
        PersonKind kind = Kinds.parse(fields, "kind", PersonKind.class, PersonKind.PERSON, false);
        Optional<Located<String>> organisation = fields.string("organisation")
                .map(org -> new Located<>(org, fields.lineOf("organisation")));
        Optional<String> url = fields.string("url").filter(address -> {
            if (WebAddresses.allowed(address)) {
                return true;
            }
            fields.diagnostics().error(fields.file(), fields.lineOf("url"), Text.of("person.url.scheme",
                    ControlCharacters.escaped(address)), Text.of("person.url.scheme.hint"));
            return false;
        });
        return new PersonEntry(id, name, kind, fields.string("role"), organisation, url, fields.stringList("aliases"),
                new NameParts(fields.string("title"), fields.string("given"), fields.string("family")),
                formerNames(fields), line);
    }

    /** {@code names: [{name: "LAG SoAMF", until: 2019}]}: earlier names, ordered by the year up to which they held. */
    private static List<FormerName> formerNames(YamlFields fields) {
        List<FormerName> names = new java.util.ArrayList<>();
        for (org.snakeyaml.engine.v2.nodes.Node node : fields.list("names")) {
            fields.nested(node, Text.of("yaml.group.each", "names"), "- {name: \"LAG SoAMF\", until: 2019}").ifPresent(n -> {
                n.rejectUnknown(Set.of("name", "until"));
                String name = n.requiredString("name", "\"LAG SoAMF\"");
                Optional<Integer> until = n.integer("until");
                if (until.isEmpty() || until.get() < 1000 || until.get() > 9999) {
                    n.diagnostics().error(n.file(), n.lineOf("until"), Text.of("names.until", n.string("until").orElse("")),
                            Text.of("names.until.fix"));
                } else if (!name.isEmpty()) {
                    names.add(new FormerName(name, until.get()));
                }
            });
        }
        names.sort(java.util.Comparator.comparingInt(FormerName::until));
        return List.copyOf(names);
    }
}
