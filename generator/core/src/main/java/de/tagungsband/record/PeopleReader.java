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
                diagnostics.error(source.path(), raw.line(), "'" + id + "' is not a valid id",
                        "use lower-case letters, digits and hyphens, e.g. " + Slugs.of(id));
                continue;
            }
            root.get().nested(raw.value(), "the entry '" + id + "'", "name: \"…\" and kind: person on indented lines")
                    .ifPresent(fields -> people.put(id, entry(id, raw.line(), fields)));
        }
        return Optional.of(people);
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
            fields.nested(node, "each entry of 'names'", "- {name: \"LAG SoAMF\", until: 2019}").ifPresent(n -> {
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
