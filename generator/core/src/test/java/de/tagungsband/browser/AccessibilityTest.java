package de.tagungsband.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
    private static Chromium chromium;

    @BeforeAll
    static void start() {
        ExampleSite.site();
        chromium = Chromium.start();
    }

    @AfterAll
    static void stop() {
        chromium.close();
    }

    @Test
    void everyPageTypeHasNoAxeViolationsAtPhoneAndDesktopWidth() {
        List<String> problems = new ArrayList<>();
        StringBuilder report = new StringBuilder("axe-core violations (WCAG 2.0/2.1 A+AA) per page type:\n");
        for (Map.Entry<String, String> page : ExampleSite.PAGE_TYPES.entrySet()) {
            for (int width : WIDTHS) {
                chromium.viewport(width);
                chromium.driver().get(ExampleSite.url(page.getValue()));
                chromium.awaitSearch();
                List<Map<String, Object>> violations = chromium.axeViolations();
                report.append(String.format("  %-15s %5d px: %d%n", page.getKey(), width, violations.size()));
                violations.forEach(v -> problems.add(page.getKey() + " @" + width + "px: " + v));
                chromium.screenshot(ExampleSite.screenshots().resolve(page.getKey() + "-" + width + ".png"));
            }
        }
        System.out.print(report);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void noPageLoadsAnythingButFilesOfTheArchive() {
        List<String> foreign = new ArrayList<>();
        for (Map.Entry<String, String> page : ExampleSite.PAGE_TYPES.entrySet()) {
            chromium.requestedUrls();
            chromium.driver().get(ExampleSite.url(page.getValue()));
            chromium.awaitSearch();
            List<String> loaded = chromium.requestedUrls();
            assertTrue(loaded.stream().anyMatch(u -> u.endsWith("assets/style.css")), "the requests are read: " + loaded);
            loaded.stream().filter(u -> !u.startsWith("file:") && !u.startsWith("data:")
                            && !u.startsWith(LocalServer.url(ExampleSite.site(), "")))
                    .forEach(u -> foreign.add(page.getKey() + ": " + u));
        }
        assertTrue(foreign.isEmpty(), () -> String.join("\n", foreign));
    }
}
