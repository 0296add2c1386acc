package de.tagungsband.serve;

import de.tagungsband.BuildOptions;
import de.tagungsband.ContentFixture;
import de.tagungsband.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In a real headless Chromium: a page of the preview reloads by itself after a save, also through an error. */
class PreviewReloadBrowserTest {

    @TempDir
    Path dir;

    private PreviewServer server;
    private ChromeDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void thePageReloadsByItselfAfterASaveAndShowsErrorsUntilTheyAreFixed() throws Exception {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        BuildOptions build = BuildOptions.builder(content, dir.resolve("preview")).templates(ContentFixture.templates()).build();
        server = PreviewServer.start(PreviewOptions.of(build).withPort(0), PreviewListener.SILENT);
        browser = HeadlessChromium.start(dir.resolve("profile"));

        browser.get(server.address().resolve("/2020/testtag/zweiter/").toString());
        assertEquals("Zweiter Beitrag", heading());
        browser.executeScript("window.unchangedPage = true;");

        Path record = content.resolve("2020-testtag/zweiter.md");
        String good = Files.readString(record);
        Files.writeString(record, good.replace("Zweiter Beitrag", "Zweiter Beitrag, überarbeitet"));
        waitUntil(d -> "Zweiter Beitrag, überarbeitet".equals(heading()));
        assertNull(browser.executeScript("return window.unchangedPage;"), "the page must have been reloaded");

        browser.executeScript("window.unchangedPage = true;");
        Files.writeString(record, good.replace("order: 2", "order: 1"));
        waitUntil(d -> heading().equals("Die Vorschau wartet auf Korrekturen"));
        String problem = browser.findElement(By.cssSelector("li")).getText();
        assertTrue(problem.endsWith("2020-testtag/zweiter.md:5: error: order 1 is already taken by erster.md in this "
                + "event. Fix: give each session of an event its own place in the programme, e.g. order: 2"), problem);

        Files.writeString(record, good);
        waitUntil(d -> "Zweiter Beitrag".equals(heading()));
        assertNull(browser.executeScript("return window.unchangedPage;"));
    }

    private String heading() {
        return browser.findElements(By.tagName("h1")).stream().findFirst().map(e -> e.getText().replace("\u00AD", "")).orElse("");
    }

    private void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class).until(condition);
    }
}
