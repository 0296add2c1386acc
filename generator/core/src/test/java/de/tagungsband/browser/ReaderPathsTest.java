package de.tagungsband.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a reader does, in Chromium on the archive opened from disk: follow links from the home page to an
 * event, a session and a speaker; search for a word of the seed workshop's text and reach it; do one path with
 * the keyboard only; and use the search page without JavaScript.
 */
class ReaderPathsTest {

    private static final String EVENT = "Vom Ankommen und Bleiben";
    private static final String SEED = "Wo bleiben die geflüchteten Menschen – Angebote sozialräumlicher Integration";
    @RegisterExtension
    static final ExampleBrowser browser = new ExampleBrowser();
    private static ChromeDriver driver;

    @BeforeAll
    static void start() {
        driver = browser.chromium().driver();
    }

    @Test
    void fromTheHomePageToAnEventASessionAndASpeaker() {
        browser.chromium().viewport(1280);
        driver.get(ExampleSite.url("index.html"));
        driver.findElement(By.linkText(EVENT)).click();
        assertTrue(driver.getCurrentUrl().endsWith("/2021/vom-ankommen-und-bleiben/index.html"), driver.getCurrentUrl());
        assertEquals(EVENT, heading());

        driver.findElement(By.cssSelector(".programme-list")).findElement(By.linkText(SEED)).click();
        assertTrue(driver.getCurrentUrl().endsWith(ExampleSite.SEED), driver.getCurrentUrl());
        assertEquals(SEED, heading());

        driver.findElement(By.cssSelector(".inputs")).findElement(By.linkText("Marianne Sand")).click();
        assertTrue(driver.getCurrentUrl().endsWith("/personen/marianne-sand/index.html"), driver.getCurrentUrl());
        assertEquals("Marianne Sand", heading());
        assertFalse(driver.findElements(By.partialLinkText("Wo bleiben die geflüchteten Menschen")).isEmpty(),
                "the speaker's page links back to the session");
    }

    @Test
    void searchingForAWordOfTheSeedWorkshopLeadsToIt() {
        browser.chromium().viewport(390);
        driver.get(ExampleSite.url("personen/index.html"));
        WebElement box = searchBoxThroughTheMenu();
        box.sendKeys("Wohlbefinden");
        box.sendKeys(Keys.ENTER);
        waitFor(() -> driver.getCurrentUrl().contains("/suche/index.html?q=Wohlbefinden"));
        waitFor(() -> "complete".equals(driver.executeScript("return document.readyState")));
        browser.chromium().awaitSearch();
        // the search page answers as one types and again on Enter: the list may be drawn anew once more
        waitFor(() -> {
            try {
                return driver.findElement(By.cssSelector(".search-status")).getText().equals("1 Treffer für „Wohlbefinden“.")
                        && driver.findElement(By.cssSelector(".search-result .snippet mark")).isDisplayed();
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
        // read the result only once the list stays as drawn (a late second drawing makes elements stale)
        waitFor(() -> {
            try {
                WebElement result = driver.findElement(By.cssSelector(".search-result"));
                assertEquals("Wohlbefinden", result.findElement(By.cssSelector(".snippet mark")).getText());
                assertTrue(result.findElement(By.cssSelector(".meta")).getText().contains("(2021)"), result.getText());
                result.findElement(By.linkText(SEED)).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
        assertTrue(driver.getCurrentUrl().endsWith(ExampleSite.SEED), driver.getCurrentUrl());
        assertEquals(SEED, heading());
    }

    @Test
    void searchFindsOtherWordFormsAndSpellingsAndFilters() {
        browser.chromium().viewport(1280);
        for (String query : List.of("Geflüchteter", "gefluechtete", "GEFLUCHTETEN")) {
            driver.get(ExampleSite.url("suche/index.html?q=" + query));
            browser.chromium().awaitSearch();
            List<WebElement> links = driver.findElements(By.cssSelector(".search-result h2 a"));
            assertTrue(links.stream().anyMatch(a -> a.getText().equals(SEED)), query + " finds the seed workshop");
            assertFalse(driver.findElements(By.cssSelector(".search-result mark")).isEmpty(), query + " is marked");
        }
        driver.get(ExampleSite.url("suche/index.html?q=Integration&jahr=2019&art=workshop"));
        browser.chromium().awaitSearch();
        List<WebElement> results = driver.findElements(By.cssSelector(".search-result"));
        assertFalse(results.isEmpty());
        for (WebElement result : results) {
            String meta = result.findElement(By.cssSelector(".meta")).getText();
            assertTrue(meta.endsWith("(2019)") && meta.startsWith("ARBEITSTISCH"), meta);
        }
        assertEquals("2019", driver.findElement(By.id("filter-jahr")).getAttribute("value"), "the filter shows what is applied");
        driver.get(ExampleSite.url("suche/index.html?person=marianne-sand"));
        browser.chromium().awaitSearch();
        List<WebElement> byPerson = driver.findElements(By.cssSelector(".search-result h2 a"));
        assertTrue(byPerson.stream().anyMatch(a -> a.getText().equals(SEED)), "a person filter alone lists their sessions");
    }

    @Test
    void oneWayThroughTheArchiveWithTheKeyboardOnly() {
        browser.chromium().viewport(1280);
        driver.get(ExampleSite.url("index.html"));
        tab();
        WebElement skip = driver.switchTo().activeElement();
        assertEquals("Zum Inhalt springen", skip.getText());
        assertFocusVisible(skip);
        assertTrue(inViewport(skip), "the skip link shows when it has focus");
        browser.chromium().viewportScreenshot(ExampleSite.screenshots().resolve("keyboard-1-skip-link.png"));
        skip.sendKeys(Keys.ENTER);
        assertEquals("inhalt", driver.switchTo().activeElement().getAttribute("id"), "the skip link moves focus to main");

        WebElement event = tabTo(EVENT);
        browser.chromium().viewportScreenshot(ExampleSite.screenshots().resolve("keyboard-2-event-link.png"));
        event.sendKeys(Keys.ENTER);
        waitFor(() -> driver.getCurrentUrl().endsWith("/2021/vom-ankommen-und-bleiben/index.html"));
        tabTo(SEED).sendKeys(Keys.ENTER);
        waitFor(() -> driver.getCurrentUrl().endsWith(ExampleSite.SEED));
        assertEquals(SEED, heading());
    }

    @Test
    void withoutJavaScriptTheSearchFormLeadsToTheIndexes() {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.chromium().viewport(390);
            driver.get(ExampleSite.url("index.html"));
            WebElement box = searchBoxThroughTheMenu();
            box.sendKeys("Wohlbefinden");
            box.sendKeys(Keys.ENTER);
            waitFor(() -> driver.getCurrentUrl().contains("/suche/index.html?q=Wohlbefinden"));
            WebElement fallback = driver.findElement(By.id("ohne-javascript"));
            assertTrue(fallback.isDisplayed());
            fallback.findElement(By.linkText("Alle Beiträge")).click();
            assertTrue(driver.getCurrentUrl().endsWith("/beitraege/index.html"), driver.getCurrentUrl());
            driver.findElement(By.linkText("2021")).click(); // the list has a page per year
            assertTrue(driver.getCurrentUrl().endsWith("/beitraege/2021/index.html"), driver.getCurrentUrl());
            assertFalse(driver.findElements(By.linkText(SEED)).isEmpty());
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    /** The page's title as read, without the soft hyphens long heading words carry for phones. */
    private static String heading() {
        return driver.findElement(By.tagName("h1")).getText().replace("\u00AD", "");
    }

    private static void tab() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
    }

    /** Presses Tab until the link with this text has focus; every element on the way must show its focus. */
    private static WebElement tabTo(String linkText) {
        for (int i = 0; i < 60; i++) {
            tab();
            WebElement focused = driver.switchTo().activeElement();
            assertFocusVisible(focused);
            if (focused.getText().strip().equals(linkText)) {
                return focused;
            }
        }
        throw new AssertionError("no link '" + linkText + "' reached with 60 presses of Tab on " + driver.getCurrentUrl());
    }

    private static void assertFocusVisible(WebElement element) {
        Object outline = driver.executeScript("""
                const s = getComputedStyle(arguments[0]);
                return arguments[0].matches(':focus-visible') && s.outlineStyle !== 'none'
                    && parseFloat(s.outlineWidth) >= 2 ? 'ok' : s.outlineStyle + ' ' + s.outlineWidth;
                """, element);
        assertEquals("ok", outline, "focus indicator of " + element.getTagName() + " '" + element.getText() + "'");
    }

    private static boolean inViewport(WebElement element) {
        return (Boolean) driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0
                    && r.bottom <= innerHeight && r.right <= innerWidth;
                """, element);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }

    /**
     * On a phone the header's one way to the search: the menu button (a disclosure that needs no script) shows the
     * navigation, whose last item opens the search page with its box.
     */
    private WebElement searchBoxThroughTheMenu() {
        WebElement nav = driver.findElement(By.cssSelector(".site-nav"));
        assertFalse(nav.isDisplayed(), "on a phone the navigation starts folded");
        driver.findElement(By.cssSelector(".site-menu > summary")).click();
        assertTrue(nav.isDisplayed(), "the menu button unfolds the navigation");
        nav.findElement(By.linkText("Suche")).click();
        waitFor(() -> driver.getCurrentUrl().contains("/suche/index.html"));
        return driver.findElement(By.id("suchbegriff"));
    }
}
