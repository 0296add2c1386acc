package de.tagungsband.record;

import de.tagungsband.i18n.Text;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of {@code session_kinds:} in site.yaml: a kind of session the editors define (Grußwort, Impuls,
 * Gespräch) or a new label for a built-in one ({@code {id: workshop, label: Workshop, plural: Workshops}}).
 *
 * @param inputsHeading the heading above a session's inputs; a defined kind without one lists them without heading
 */
public record SessionKindDefinition(String id, String label, Optional<String> plural, Optional<String> inputsHeading,
                                    int line) {

    private static final Set<String> FIELDS = Set.of("id", "label", "plural", "inputs_heading");
    private static final String EXAMPLE = "- {id: grusswort, label: Grußwort, plural: Grußworte}";

    static List<SessionKindDefinition> read(YamlFields yaml) {
        List<SessionKindDefinition> kinds = new ArrayList<>();
        for (Node node : yaml.list("session_kinds")) {
            yaml.nested(node, "each entry of 'session_kinds'", EXAMPLE).ifPresent(fields -> {
                fields.rejectUnknown(FIELDS);
                String id = fields.requiredString("id", "grusswort");
                String label = fields.requiredString("label", "Grußwort");
                if (id.isEmpty() || label.isEmpty()) {
                    return;
                }
                if (!id.matches("[a-z0-9][a-z0-9-]*")) {
                    fields.diagnostics().error(fields.file(), fields.lineOf("id"), Text.of("sessionKind.id", id),
                            Text.of("sessionKind.id.fix", de.tagungsband.slug.Slugs.of(id)));
                    return;
                }
                if (kinds.stream().anyMatch(k -> k.id().equals(id))) {
                    fields.diagnostics().error(fields.file(), fields.lineOf("id"), Text.of("sessionKind.twice", id),
                            Text.of("sessionKind.twice.fix"));
                    return;
                }
                kinds.add(new SessionKindDefinition(id, label, fields.string("plural"), fields.string("inputs_heading"),
                        fields.mappingLine()));
            });
        }
        return List.copyOf(kinds);
    }
}
