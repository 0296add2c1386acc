package de.tagungsband.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layout as Chromium draws it: nothing wider than a 320 px screen, the header compact on a desktop, the
 * session's title on a phone's first screen, main's spacing not lost, and no axe-core violation in dark mode.
 */
class LayoutTest {

    @RegisterExtension
    static final ExampleBrowser browser = new ExampleBrowser();

    @Test
    void noPageIsWiderThanA320PixelScreen() {
        List<String> problems = new ArrayList<>();
        browser.chromium().viewport(320);
        for (Map.Entry<String, String> page : ExampleSite.PAGE_TYPES.entrySet()) {
            open(page.getValue());
            long scroll = number("return document.documentElement.scrollWidth");
            long client = number("return document.documentElement.clientWidth");
            if (scroll > client) {
                problems.add(page.getKey() + ": " + scroll + " px wide on a " + client + " px screen; widest: "
                        + browser.chromium().driver().executeScript("""
                        return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1
                            && !e.closest('.table-scroll, .diagram')).slice(0, 3).map(e => e.tagName + '.' + e.className).join(', ')"""));
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void theHeaderIsUnder100PixelsOnADesktopAndMainKeepsItsSpacing() {
        List<String> problems = new ArrayList<>();
        for (int width : AccessibilityTest.WIDTHS) {
            browser.chromium().viewport(width);
            for (Map.Entry<String, String> page : ExampleSite.PAGE_TYPES.entrySet()) {
                open(page.getValue());
                long header = number("return Math.round(document.querySelector('.site-header').getBoundingClientRect().height)");
                if (width == 1280 && header >= 100) {
                    problems.add(page.getKey() + ": the header is " + header + " px high at 1280 px");
                }
                String padding = (String) browser.chromium().driver().executeScript(
                        "const s = getComputedStyle(document.querySelector('main')); return s.paddingTop + ' ' + s.paddingBottom");
                if (java.util.Arrays.stream(padding.split(" ")).anyMatch(p -> Double.parseDouble(p.replace("px", "")) <= 0)) {
                    problems.add(page.getKey() + " @" + width + ": main's padding is " + padding);
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void aSessionsTitleIsOnAPhonesFirstScreen() {
        browser.chromium().viewport(390);
        for (String page : List.of(ExampleSite.SEED, ExampleSite.PAGE_TYPES.get("input"))) {
            open(page);
            long top = number("return Math.round(document.querySelector('main h1').getBoundingClientRect().top)");
            assertTrue(top > 0 && top < 600, page + ": the title starts " + top + " px down at 390 px");
        }
        // the menu works without script: folded, then open after a tap on its button
        browser.chromium().driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open(ExampleSite.SEED);
            assertTrue(!browser.chromium().driver().findElement(org.openqa.selenium.By.cssSelector(".site-nav")).isDisplayed());
            browser.chromium().driver().findElement(org.openqa.selenium.By.cssSelector(".site-menu > summary")).click();
            assertTrue(browser.chromium().driver().findElement(org.openqa.selenium.By.linkText("Suche")).isDisplayed());
        } finally {
            browser.chromium().driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    /** Dark mode has the same contrast guarantees: axe-core's WCAG AA rules (colour contrast among them) find nothing. */
    @Test
    void darkModeHasNoAxeViolations() {
        List<String> problems = new ArrayList<>();
        browser.chromium().driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            for (String name : List.of("home", "event", "session", "input", "search", "print-request", "people")) {
                for (int width : AccessibilityTest.WIDTHS) {
                    browser.chromium().viewport(width);
                    open(ExampleSite.PAGE_TYPES.get(name));
                    assertTrue("rgb(21, 24, 28)".equals(browser.chromium().driver().executeScript(
                            "return getComputedStyle(document.body).backgroundColor")), "dark mode is on");
                    browser.chromium().axeViolations().forEach(v -> problems.add(name + " dark @" + width + ": " + v));
                    browser.chromium().screenshot(ExampleSite.screenshots().resolve(name + "-dark-" + width + ".png"));
                }
            }
        } finally {
            browser.chromium().driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    private static void open(String page) {
        browser.chromium().driver().get(ExampleSite.url(page));
        browser.chromium().awaitSearch();
    }

    private static long number(String script) {
        return ((Number) browser.chromium().driver().executeScript(script)).longValue();
    }
}
