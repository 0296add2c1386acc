package de.tagungsband.pdf;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.Tagungsband;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README claims PDF/UA-1 and PDF/A-2u: veraPDF checks the example volume with the most content (image,
 * table, footnotes, an input chapter) against both, and finds no failure.
 */
class ConformanceTest {

    @TempDir
    static Path dir;
    static Path pdf;

    @BeforeAll
    static void build() {
        Path site = dir.resolve("site");
        BuildResult result = Tagungsband.build(BuildOptions.builder(ContentFixture.repository()).out(site).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        pdf = site.resolve(ExampleVolumeTest.PDF);
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ua1", "2u"})
    void theVolumePassesVeraPdfWithoutAFailure(String flavourId) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.fromString(flavourId);
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = foundry.createParser(in, flavour);
             PDFAValidator validator = foundry.createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
            assertTrue(failures.isEmpty(), String.join("\n", failures));
            assertTrue(result.isCompliant(), flavourId);
            assertTrue(result.getTotalAssertions() > 100, "checks run: " + result.getTotalAssertions());
        }
    }
}
