package de.tagungsband.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page type in headless Chromium at a phone's and a desktop's width: zero axe-core violations of the
 * WCAG 2.0 and 2.1 A and AA rules, every resource loaded from the archive itself, and a full-page screenshot
 * under target/screenshots for a person to look at.
 */
class AccessibilityTest {

    static final int[] WIDTHS = {390, 1280};
    @RegisterExtension
    static final ExampleBrowser browser = new ExampleBrowser();

    @Test
    void everyPageTypeHasNoAxeViolationsAtPhoneAndDesktopWidth() {
        List<String> problems = new ArrayList<>();
        StringBuilder report = new StringBuilder("axe-core violations (WCAG 2.0/2.1 A+AA) per page type:\n");
        for (Map.Entry<String, String> page : ExampleSite.PAGE_TYPES.entrySet()) {
            for (int width : WIDTHS) {
                browser.chromium().viewport(width);
                browser.chromium().driver().get(ExampleSite.url(page.getValue()));
                browser.chromium().awaitSearch();
                List<Map<String, Object>> violations = browser.chromium().axeViolations();
                report.append(String.format("  %-15s %5d px: %d%n", page.getKey(), width, violations.size()));
                violations.forEach(v -> problems.add(page.getKey() + " @" + width + "px: " + v));
                browser.chromium().screenshot(ExampleSite.screenshots().resolve(page.getKey() + "-" + width + ".png"));
            }
        }
        System.out.print(report);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void noPageLoadsAnythingButFilesOfTheArchive() {
        List<String> foreign = new ArrayList<>();
        for (Map.Entry<String, String> page : ExampleSite.PAGE_TYPES.entrySet()) {
            browser.chromium().requestedUrls();
            browser.chromium().driver().get(ExampleSite.url(page.getValue()));
            browser.chromium().awaitSearch();
            List<String> loaded = browser.chromium().requestedUrls();
            assertTrue(loaded.stream().anyMatch(u -> u.endsWith("assets/style.css")), "the requests are read: " + loaded);
            loaded.stream().filter(u -> !u.startsWith("file:") && !u.startsWith("data:")
                            && !u.startsWith(LocalServer.url(ExampleSite.site(), "")))
                    .forEach(u -> foreign.add(page.getKey() + ": " + u));
        }
        assertTrue(foreign.isEmpty(), () -> String.join("\n", foreign));
    }
}
