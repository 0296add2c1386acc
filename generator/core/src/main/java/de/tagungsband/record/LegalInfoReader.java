package de.tagungsband.record;

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
        Optional<YamlFields> group = site.mapping("imprint", "imprint: with name:, address:, … on indented lines");
        if (group.isEmpty()) {
            missing(site, site.mappingLine(), "imprint", "the Impressum (§ 5 DDG) has no data",
                    "add imprint: with name, address, email, board, register and editorial (see README)");
            return new LegalInfo.Imprint(publisher, List.of(), Optional.empty(), Optional.empty(), List.of(),
                    Optional.empty(), Optional.empty(), List.of());
        }
        YamlFields imprint = group.get();
        int line = site.lineOf("imprint");
        imprint.rejectUnknown(IMPRINT_FIELDS);
        List<String> address = required(imprint, line, "address", "the postal address of the provider",
                "address: \"Musterstraße 1, 01067 Dresden\" (or several lines after address: |)");
        Optional<String> email = imprint.string("email");
        if (email.isEmpty()) {
            missing(imprint, line, "email", "the Impressum lacks an e-mail address (§ 5 Abs. 1 Nr. 2 DDG)",
                    "add email: info@example.org below imprint:");
        }
        List<String> board = required(imprint, line, "board", "who represents the provider (board, management)",
                "board: [\"Dr. Eva Beispiel (Vorsitzende)\"]");
        Optional<String> register = imprint.string("register");
        if (register.isEmpty()) {
            missing(imprint, line, "register", "the Impressum lacks the register entry (§ 5 Abs. 1 Nr. 4 DDG)",
                    "add register: \"Vereinsregister Amtsgericht Dresden, VR 1234\" below imprint:");
        }
        List<String> editorial = required(imprint, line, "editorial", "who is responsible for the content (§ 18 Abs. 2 MStV)",
                "editorial: \"Jana Beispiel, Anschrift wie oben\"");
        return new LegalInfo.Imprint(imprint.string("name").orElse(publisher), address, email, imprint.string("phone"),
                board, register, imprint.string("vat_id"), editorial);
    }

    private static LegalInfo.Privacy privacy(YamlFields site) {
        Optional<YamlFields> group = site.mapping("privacy", "privacy: with hosting:, authority: on indented lines");
        if (group.isEmpty()) {
            missing(site, site.mappingLine(), "privacy", "the Datenschutzerklärung has no data",
                    "add privacy: with hosting and authority (see README)");
            return new LegalInfo.Privacy(List.of(), List.of(), List.of(), 7);
        }
        YamlFields privacy = group.get();
        int line = site.lineOf("privacy");
        privacy.rejectUnknown(PRIVACY_FIELDS);
        List<String> hosting = required(privacy, line, "hosting", "who runs the web server", "hosting: \"Beispiel-Hosting GmbH, …\"");
        List<String> authority = required(privacy, line, "authority", "the data protection supervisory authority",
                "authority: \"Sächsische Datenschutz- und Transparenzbeauftragte, Devrientstraße 5, 01067 Dresden\"");
        return new LegalInfo.Privacy(hosting, lines(privacy, "officer"), authority, privacy.integer("log_days").orElse(7));
    }

    private static LegalInfo.Accessibility accessibility(YamlFields site) {
        Optional<YamlFields> group = site.mapping("accessibility", "accessibility: with feedback:, conciliation: on indented lines");
        if (group.isEmpty()) {
            missing(site, site.mappingLine(), "accessibility", "the Erklärung zur Barrierefreiheit has no data",
                    "add accessibility: with status, known_issues, feedback and conciliation (see README)");
            return new LegalInfo.Accessibility("partial", List.of(), Optional.empty(), List.of(), Optional.empty(),
                    Optional.empty());
        }
        YamlFields accessibility = group.get();
        int line = site.lineOf("accessibility");
        accessibility.rejectUnknown(ACCESSIBILITY_FIELDS);
        String status = accessibility.string("status").orElse("partial");
        if (!STATUSES.contains(status)) {
            accessibility.diagnostics().error(accessibility.file(), accessibility.lineOf("status"),
                    "unknown status '" + status + "'", "write status: full, status: partial or status: none");
            status = "partial";
        }
        Optional<String> feedback = accessibility.string("feedback");
        feedback.filter(f -> !SiteConfigReader.EMAIL.matcher(f).matches()).ifPresent(f -> accessibility.diagnostics()
                .error(accessibility.file(), accessibility.lineOf("feedback"), "'" + f + "' is not an e-mail address",
                        "write the address reports of barriers go to, e.g. feedback: barrierefreiheit@example.org"));
        if (feedback.isEmpty()) {
            missing(accessibility, line, "feedback", "the Erklärung zur Barrierefreiheit lacks a feedback contact",
                    "add feedback: barrierefreiheit@example.org below accessibility:");
        }
        List<String> conciliation = required(accessibility, line, "conciliation", "the conciliation body (Schlichtungsstelle)",
                "conciliation: \"Schlichtungsstelle nach § 16 BGG, Mauerstraße 53, 10117 Berlin\"");
        Optional<String> url = accessibility.string("conciliation_url");
        url.filter(u -> !u.matches("https?://\\S+")).ifPresent(u -> accessibility.diagnostics().error(accessibility.file(),
                accessibility.lineOf("conciliation_url"), "'" + u + "' is not a web address",
                "write the full address, e.g. conciliation_url: \"https://www.schlichtungsstelle-bgg.de/\""));
        return new LegalInfo.Accessibility(status, lines(accessibility, "known_issues"), feedback, conciliation,
                url.filter(u -> u.matches("https?://\\S+")), accessibility.date("reviewed"));
    }

    private static List<String> required(YamlFields fields, int groupLine, String key, String what, String example) {
        List<String> lines = lines(fields, key);
        if (lines.isEmpty()) {
            missing(fields, groupLine, key, "'" + key + "' is missing: " + what, "add " + example);
        }
        return lines;
    }

    /** A field the law asks for is missing or empty: reported at its line, or at its group's line when absent. */
    private static void missing(YamlFields fields, int groupLine, String key, String message, String hint) {
        fields.diagnostics().warning(fields.file(), fields.has(key) ? fields.lineOf(key) : groupLine, message, hint);
    }

    /** A text of several lines, or a list of texts: each line or item one entry. */
    private static List<String> lines(YamlFields fields, String key) {
        List<String> lines = new ArrayList<>();
        for (Node node : fields.list(key)) {
            if (node instanceof ScalarNode scalar) {
                scalar.getValue().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
            } else {
                fields.diagnostics().error(fields.file(), fields.line(node), "each entry of '" + key + "' must be a text",
                        "write " + key + ": [\"first\", \"second\"] or a text of several lines after " + key + ": |");
            }
        }
        return List.copyOf(lines);
    }
}
