package de.tagungsband.browser;

import de.tagungsband.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page type at 390 and 1280 px compared with its reviewed reference image
 * ({@code src/test/resources/screenshots/<page>-<width>.png}) by {@link PerceptualDiff}: a change of layout that
 * nobody meant fails. A change that is meant updates the references in the same commit:
 * {@code scripts/update-screenshots.sh} (= this test with {@code -Dscreenshots.update=true}) rewrites them; look at
 * every one that changed ({@code git status}) before committing. References hold what the comparison reads, each
 * pixel's lightness as grey (a third of the bytes of the colour screenshot, still a page a person can look at);
 * the colour screenshots stay in target/ for a look at the colours.
 */
class ScreenshotTest {

    static final Path REFERENCES = ContentFixture.repository().resolve("generator/core/src/test/resources/screenshots");
    private static final boolean UPDATE = Boolean.getBoolean("screenshots.update");
    @RegisterExtension
    static final ExampleBrowser browser = new ExampleBrowser();

    @Test
    void everyPageTypeLooksAsItsReviewedReference() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> page : ExampleSite.PAGE_TYPES.entrySet()) {
            for (int width : AccessibilityTest.WIDTHS) {
                String name = page.getKey() + "-" + width + ".png";
                browser.chromium().viewport(width);
                browser.chromium().driver().get(ExampleSite.url(page.getValue()));
                browser.chromium().awaitSearch();
                settle();
                Path actual = browser.chromium().screenshot(ExampleSite.screenshots().resolve("actual").resolve(name));
                Path reference = REFERENCES.resolve(name);
                if (UPDATE) {
                    PerceptualDiff.write(PerceptualDiff.lightness(PerceptualDiff.read(actual)), reference);
                    continue;
                }
                if (!Files.isRegularFile(reference)) {
                    problems.add(name + ": no reference image; make it with scripts/update-screenshots.sh and look at it");
                    continue;
                }
                Optional<String> difference = PerceptualDiff.compare(PerceptualDiff.read(reference),
                        PerceptualDiff.read(actual), ExampleSite.screenshots().resolve("diff").resolve(name));
                difference.ifPresent(d -> problems.add(name + ": " + d + " (now: " + actual + ")"));
            }
        }
        assertTrue(problems.isEmpty(), () -> "pages look different from their references (if meant: "
                + "scripts/update-screenshots.sh, look at the new images, commit them):\n" + String.join("\n", problems));
    }

    /** Images load now rather than when scrolled to, no caret blinks, fonts are ready. */
    private static void settle() {
        browser.chromium().driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager');
                const style = document.createElement('style');
                style.textContent = '*{caret-color:transparent !important}';
                document.head.appendChild(style);
                if (document.activeElement) document.activeElement.blur();
                Promise.all([document.fonts.ready, ...[...document.images].map(i => i.complete ? null
                    : new Promise(r => { i.onload = i.onerror = r; }))]).then(() => requestAnimationFrame(() => done()));
                """);
    }
}
