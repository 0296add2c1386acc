package de.tagungsband;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver through Selenium. Both are given by path, so Selenium
 * never looks for or downloads a browser. {@code ./run-tests} installs them (scripts/ensure-test-tools.sh); on CI a
 * missing browser fails the test, elsewhere it skips it.
 */
public final class HeadlessChromium {

    public static final Path BROWSER = Path.of(System.getProperty("tagungsband.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("tagungsband.chromedriver", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    /** A new browser with an empty profile in {@code profile}; quit it after use. */
    public static ChromeDriver start(Path profile) {
        boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (System.getenv("CI") != null && !present) {
            throw new IllegalStateException(BROWSER + " and " + DRIVER + " are needed: run scripts/ensure-test-tools.sh");
        }
        assumeTrue(present, "Chromium is not installed (scripts/ensure-test-tools.sh installs it)");
        try {
            Files.createDirectories(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
