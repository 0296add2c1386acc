package de.tagungsband.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The example site, built once for all browser tests, and a headless Chromium for one test class, started before
 * its first test (and its {@code @BeforeAll} methods) and closed after its last:
 * {@code @RegisterExtension static final ExampleBrowser browser = new ExampleBrowser();}, then
 * {@code browser.chromium()}. Without Chromium the class is skipped (see {@link Chromium#start()}).
 */
final class ExampleBrowser implements BeforeAllCallback, AfterAllCallback {

    private Chromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) {
        ExampleSite.site();
        chromium = Chromium.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    Chromium chromium() {
        return chromium;
    }
}
