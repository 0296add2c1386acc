package de.tagungsband.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.tagungsband.slug.Slugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any text gives a slug of lower-case ASCII words joined by single hyphens, and a slug is its own slug. */
class SlugFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void slugsAreCleanAndStable(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        String slug = Slugs.of(text);
        assertTrue(slug.isEmpty() || slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), () -> "bad slug '" + slug + "' for '" + text + "'");
        assertEquals(slug, Slugs.of(slug));
    }
}
