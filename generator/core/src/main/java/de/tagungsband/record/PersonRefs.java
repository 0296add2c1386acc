package de.tagungsband.record;

import de.tagungsband.i18n.Text;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a list of people or organisations: each item an id or a name, or a group {@code id:} (or {@code name:}),
 * {@code role:}, {@code organisation:}.
 */
final class PersonRefs {

    private static final Set<String> FIELDS = Set.of("id", "name", "role", "organisation");

    private PersonRefs() {
    }

    /** @param roleRequired true for {@code people:}, where the role says what the person did */
    static List<SpeakerRef> read(YamlFields fields, String key, boolean roleRequired) {
        List<SpeakerRef> refs = new ArrayList<>();
        for (Node item : fields.list(key)) {
            if (item instanceof ScalarNode scalar) {
                if (scalar.getValue().isBlank()) {
                    fields.diagnostics().error(fields.file(), fields.line(item), Text.of("names.emptyEntry", key),
                            Text.of("names.emptyEntry.fix", key));
                } else if (roleRequired) {
                    fields.diagnostics().error(fields.file(), fields.line(item),
                            Text.of("names.noRole", scalar.getValue().strip(), key),
                            Text.of("names.noRole.fix", scalar.getValue().strip()));
                } else {
                    refs.add(SpeakerRef.of(new Located<>(scalar.getValue().strip(), fields.line(item))));
                }
                continue;
            }
            fields.nested(item, Text.of("yaml.group.each", key), "- id: marianne-sand  (darunter eingerückt)  role: Moderation")
                    .ifPresent(ref -> ref(ref, roleRequired).ifPresent(refs::add));
        }
        return List.copyOf(refs);
    }

    private static Optional<SpeakerRef> ref(YamlFields ref, boolean roleRequired) {
        ref.rejectUnknown(FIELDS);
        if (ref.has("id") && ref.has("name")) {
            ref.diagnostics().error(ref.file(), ref.lineOf("name"), Text.of("names.idAndName"),
                    Text.of("names.idAndName.fix"));
        }
        String key = ref.has("id") || !ref.has("name") ? "id" : "name";
        String written = ref.requiredString(key, "marianne-sand");
        Optional<String> role = ref.string("role");
        if (roleRequired && role.isEmpty()) {
            ref.requiredString("role", "Moderation");
        }
        if (written.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SpeakerRef(new Located<>(written, ref.lineOf(key)), role,
                ref.string("organisation").map(o -> new Located<>(o, ref.lineOf("organisation")))));
    }
}
