package de.tagungsband.diagnostic;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.Tagungsband;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `check` tells an editor which fields the Impressum and the other legal pages still lack, with their lines. */
class LegalFieldsTest {

    @TempDir
    Path dir;

    private List<String> warnings(String siteYaml) {
        Path content = ContentFixture.minimal().with("site.yaml", siteYaml).writeTo(dir.resolve("content"));
        BuildResult result = Tagungsband.check(BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        return result.diagnostics().stream().map(d -> d.format(Path.of("content"))).sorted().toList();
    }

    @Test
    void anArchiveWithoutLegalDataIsWarnedAboutEachPage() {
        List<String> warnings = warnings("""
                title: "Testarchiv"
                base_url: "https://example.org/archiv/"
                publisher: "Fachstelle Test"
                """);
        assertEquals(List.of(
                "content/site.yaml:1: warning: the Datenschutzerklärung has no data. Fix: add privacy: with hosting "
                        + "and authority (see docs/handbuch.md)",
                "content/site.yaml:1: warning: the Erklärung zur Barrierefreiheit has no data. Fix: add accessibility: "
                        + "with status, known_issues, feedback and conciliation (see docs/handbuch.md)",
                "content/site.yaml:1: warning: the Impressum (§ 5 DDG) has no data. Fix: add imprint: with name, address, "
                        + "email, board, register and editorial (see docs/handbuch.md)"), warnings);
    }

    @Test
    void eachMissingImpressumFieldIsNamedAtTheImprintLine() {
        List<String> warnings = warnings("""
                title: "Testarchiv"
                base_url: "https://example.org/archiv/"
                publisher: "Fachstelle Test"
                imprint:
                  name: "Fachstelle Test e.V."
                  address: |
                    Teststraße 1
                    04109 Leipzig
                privacy:
                  hosting: "Host GmbH"
                  authority: "Datenschutzbehörde"
                accessibility:
                  feedback: "a11y@example.org"
                  conciliation: "Schlichtungsstelle"
                """);
        assertEquals(List.of(
                "content/site.yaml:4: warning: 'board' is missing: who represents the provider (board, management). "
                        + "Fix: add board: [\"Dr. Eva Beispiel (Vorsitzende)\"]",
                "content/site.yaml:4: warning: 'editorial' is missing: who is responsible for the content (§ 18 Abs. 2 MStV). "
                        + "Fix: add editorial: \"Jana Beispiel, Anschrift wie oben\"",
                "content/site.yaml:4: warning: the Impressum lacks an e-mail address (§ 5 Abs. 1 Nr. 2 DDG). "
                        + "Fix: add email: info@example.org below imprint:",
                "content/site.yaml:4: warning: the Impressum lacks the register entry (§ 5 Abs. 1 Nr. 4 DDG). "
                        + "Fix: add register: \"Vereinsregister Amtsgericht Dresden, VR 1234\" below imprint:"), warnings);
    }

    @Test
    void theExampleArchiveHasEveryLegalField() {
        BuildResult result = Tagungsband.check(BuildOptions.builder(ContentFixture.repository()).build());
        assertTrue(result.diagnostics().isEmpty(), result.diagnostics()::toString);
    }
}
