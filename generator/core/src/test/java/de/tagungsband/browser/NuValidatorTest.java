package de.tagungsband.browser;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page type of the example archive, and its stylesheet, through the Nu HTML Checker (the W3C's validator),
 * run in this JVM with its bundled schemas: zero errors.
 */
class NuValidatorTest {

    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    @BeforeAll
    static void build() {
        ExampleSite.site();
    }

    /** Collects what the checker reports; warnings are kept apart from errors. */
    static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            warnings.add(describe(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(describe(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(describe(e));
        }

        private static String describe(SAXParseException e) {
            return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }
    }

    static Collector validate(Path file, boolean css) throws Exception {
        Collector collector = new Collector();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, false, false);
        if (css) {
            validator.checkCssFile(file.toFile(), true);
        } else {
            validator.checkHtmlFile(file.toFile(), true);
        }
        return collector;
    }

    @Test
    void everyPageTypeHasNoErrors() throws Exception {
        List<String> problems = new ArrayList<>();
        StringBuilder report = new StringBuilder("Nu HTML Checker per page type (errors / warnings):\n");
        for (Map.Entry<String, String> page : ExampleSite.PAGE_TYPES.entrySet()) {
            Collector result = validate(ExampleSite.file(page.getValue()), false);
            report.append(String.format("  %-15s %d / %d%n", page.getKey(), result.errors.size(), result.warnings.size()));
            result.errors.forEach(e -> problems.add(page.getKey() + " " + page.getValue() + ":" + e));
            result.warnings.forEach(w -> report.append("      warning: ").append(w).append('\n'));
        }
        System.out.print(report);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void theStylesheetHasNoErrors() throws Exception {
        Collector result = validate(ExampleSite.site().resolve("assets/style.css"), true);
        assertTrue(result.errors.isEmpty(), () -> String.join("\n", result.errors));
    }

    @Test
    void theCheckerFindsErrorsWhenThereAreSome() throws Exception {
        Path broken = ExampleSite.site().resolveSibling("broken-page.html");
        java.nio.file.Files.writeString(broken, "<!DOCTYPE html><html lang=de><head><title>x</title></head>"
                + "<body><p><div>Absatz</div></p><img src=a.png></body></html>");
        Collector result = validate(broken, false);
        assertTrue(result.errors.size() >= 2, () -> "the checker should object to this page: " + result.errors);
    }
}
