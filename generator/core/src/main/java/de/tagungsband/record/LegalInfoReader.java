package de.tagungsband.record;

import de.tagungsband.i18n.Text;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code imprint:}, {@code privacy:} and {@code accessibility:} groups of {@code site.yaml}. A missing
 * field that the law asks for is a warning with its line, so that {@code check} lists what the Impressum still
 * lacks; the pages are built with what is there.
 */
final class LegalInfoReader {

    private static final Set<String> IMPRINT_FIELDS = Set.of("name", "address", "email", "phone", "board", "register",
            "vat_id", "editorial");
    private static final Set<String> PRIVACY_FIELDS = Set.of("hosting", "officer", "authority", "log_days");
    private static final Set<String> ACCESSIBILITY_FIELDS = Set.of("status", "known_issues", "feedback", "conciliation",
            "conciliation_url", "reviewed");
    private static final Set<String> STATUSES = Set.of("full", "partial", "none");

    private LegalInfoReader() {
    }

    static LegalInfo read(YamlFields site, String publisher) {
        return new LegalInfo(imprint(site, publisher), privacy(site), accessibility(site));
    }

    private static LegalInfo.Imprint imprint(YamlFields site, String publisher) {
        Optional<YamlFields> group = site.mapping("imprint", "imprint:  (darunter eingerückt)  name: …  address: …");
        if (group.isEmpty()) {
            missing(site, site.mappingLine(), "imprint", Text.of("legal.imprint.none"), Text.of("legal.imprint.none.fix"));
            return new LegalInfo.Imprint(publisher, List.of(), Optional.empty(), Optional.empty(), List.of(),
                    Optional.empty(), Optional.empty(), List.of());
        }
        YamlFields imprint = group.get();
        int line = site.lineOf("imprint");
        imprint.rejectUnknown(IMPRINT_FIELDS);
        List<String> address = required(imprint, line, "address", "legal.what.address", "address: \"Musterstraße 1, 01067 Dresden\"");
        Optional<String> email = imprint.string("email");
        if (email.isEmpty()) {
            missing(imprint, line, "email", Text.of("legal.imprint.email"), Text.of("legal.below", "email: info@example.org", "imprint:"));
        }
        List<String> board = required(imprint, line, "board", "legal.what.board",
                "board: [\"Dr. Eva Beispiel (Vorsitzende)\"]");
        Optional<String> register = imprint.string("register");
        if (register.isEmpty()) {
            missing(imprint, line, "register", Text.of("legal.imprint.register"),
                    Text.of("legal.below", "register: \"Vereinsregister Amtsgericht Dresden, VR 1234\"", "imprint:"));
        }
        List<String> editorial = required(imprint, line, "editorial", "legal.what.editorial",
                "editorial: \"Jana Beispiel, Anschrift wie oben\"");
        return new LegalInfo.Imprint(imprint.string("name").orElse(publisher), address, email, imprint.string("phone"),
                board, register, imprint.string("vat_id"), editorial);
    }

    private static LegalInfo.Privacy privacy(YamlFields site) {
        Optional<YamlFields> group = site.mapping("privacy", "privacy:  (darunter eingerückt)  hosting: …  authority: …");
        if (group.isEmpty()) {
            missing(site, site.mappingLine(), "privacy", Text.of("legal.privacy.none"), Text.of("legal.privacy.none.fix"));
            return new LegalInfo.Privacy(List.of(), List.of(), List.of(), 7);
        }
        YamlFields privacy = group.get();
        int line = site.lineOf("privacy");
        privacy.rejectUnknown(PRIVACY_FIELDS);
        List<String> hosting = required(privacy, line, "hosting", "legal.what.hosting", "hosting: \"Beispiel-Hosting GmbH, …\"");
        List<String> authority = required(privacy, line, "authority", "legal.what.authority",
                "authority: \"Sächsische Datenschutz- und Transparenzbeauftragte, Devrientstraße 5, 01067 Dresden\"");
        return new LegalInfo.Privacy(hosting, lines(privacy, "officer"), authority, privacy.integer("log_days").orElse(7));
    }

    private static LegalInfo.Accessibility accessibility(YamlFields site) {
        Optional<YamlFields> group = site.mapping("accessibility", "accessibility:  (darunter eingerückt)  feedback: …  conciliation: …");
        if (group.isEmpty()) {
            missing(site, site.mappingLine(), "accessibility", Text.of("legal.accessibility.none"),
                    Text.of("legal.accessibility.none.fix"));
            return new LegalInfo.Accessibility("partial", List.of(), Optional.empty(), List.of(), Optional.empty(),
                    Optional.empty());
        }
        YamlFields accessibility = group.get();
        int line = site.lineOf("accessibility");
        accessibility.rejectUnknown(ACCESSIBILITY_FIELDS);
        String status = accessibility.string("status").orElse("partial");
        if (!STATUSES.contains(status)) {
            accessibility.diagnostics().error(accessibility.file(), accessibility.lineOf("status"),
                    Text.of("legal.status", status), Text.of("legal.status.fix"));
            status = "partial";
        }
        Optional<String> feedback = accessibility.string("feedback");
        feedback.filter(f -> !SiteConfigReader.EMAIL.matcher(f).matches()).ifPresent(f -> accessibility.diagnostics()
                .error(accessibility.file(), accessibility.lineOf("feedback"), Text.of("yaml.email", f), Text.of("legal.feedback.fix")));
        if (feedback.isEmpty()) {
            missing(accessibility, line, "feedback", Text.of("legal.accessibility.feedback"),
                    Text.of("legal.below", "feedback: barrierefreiheit@example.org", "accessibility:"));
        }
        List<String> conciliation = required(accessibility, line, "conciliation", "legal.what.conciliation",
                "conciliation: \"Schlichtungsstelle nach § 16 BGG, Mauerstraße 53, 10117 Berlin\"");
        Optional<String> url = accessibility.string("conciliation_url");
        url.filter(u -> !u.matches("https?://\\S+")).ifPresent(u -> accessibility.diagnostics().error(accessibility.file(),
                accessibility.lineOf("conciliation_url"), Text.of("yaml.url", u),
                Text.of("yaml.url.fix", "conciliation_url: \"https://www.schlichtungsstelle-bgg.de/\"")));
        return new LegalInfo.Accessibility(status, lines(accessibility, "known_issues"), feedback, conciliation,
                url.filter(u -> u.matches("https?://\\S+")), accessibility.date("reviewed"));
    }

    private static List<String> required(YamlFields fields, int groupLine, String key, String what, String example) {
        List<String> lines = lines(fields, key);
        if (lines.isEmpty()) {
            missing(fields, groupLine, key, Text.of("legal.required", key, new Text.Word(what)), Text.of("legal.add", example));
        }
        return lines;
    }

    /** A field the law asks for is missing or empty: reported at its line, or at its group's line when absent. */
    private static void missing(YamlFields fields, int groupLine, String key, Text message, Text hint) {
        fields.diagnostics().warning(fields.file(), fields.has(key) ? fields.lineOf(key) : groupLine, message, hint);
    }

    /** A text of several lines, or a list of texts: each line or item one entry. */
    private static List<String> lines(YamlFields fields, String key) {
        List<String> lines = new ArrayList<>();
        for (Node node : fields.list(key)) {
            if (node instanceof ScalarNode scalar) {
                scalar.getValue().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
            } else {
                fields.diagnostics().error(fields.file(), fields.line(node), Text.of("yaml.listItem", key),
                        Text.of("legal.lines.fix", key));
            }
        }
        return List.copyOf(lines);
    }
}
