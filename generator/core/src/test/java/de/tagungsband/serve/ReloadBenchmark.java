package de.tagungsband.serve;

import de.tagungsband.BuildOptions;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import de.tagungsband.HeadlessChromium;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Benchmark, not a test (excluded from ./run-tests; run scripts/benchmark-reload.sh): the time from saving one
 * session file of the example archive to the reloaded page in headless Chromium, i.e. watch + debounce + rebuild +
 * reload event + page load. It measures with the browser's own clock ({@code performance.timing.loadEventEnd}),
 * which on one machine is the JVM's clock too, so polling for the new page adds nothing to the figure.
 */
@Tag("benchmark")
class ReloadBenchmark {

    private static final String SESSION = "2021-vom-ankommen-und-bleiben/wo-bleiben-die-gefluechteten-menschen.md";
    private static final String PAGE = "/2021/vom-ankommen-und-bleiben/wo-bleiben-die-gefluechteten-menschen/";
    private static final int WARM_UP = 3;
    private static final int RUNS = 10;

    @TempDir
    Path dir;

    @Test
    void saveToReloadedPage() throws Exception {
        Path content = SiteFiles.copyTree(ContentFixture.repository().resolve("content"), dir.resolve("content"));
        List<Long> rebuilds = new CopyOnWriteArrayList<>();
        PreviewListener listener = new PreviewListener() {
            @Override
            public void built(Set<Path> changed, PreviewState state) {
                state.result().ifPresent(r -> rebuilds.add(r.elapsed().toMillis()));
            }
        };
        BuildOptions build = BuildOptions.builder(content, dir.resolve("preview")).templates(ContentFixture.templates()).build();
        try (PreviewServer server = PreviewServer.start(PreviewOptions.of(build).withPort(0), listener)) {
            ChromeDriver browser = HeadlessChromium.start(dir.resolve("profile"));
            try {
                browser.get(server.address().resolve(PAGE).toString());
                Path record = content.resolve(SESSION);
                String original = Files.readString(record);
                List<Long> totals = new ArrayList<>();
                List<Long> untilReload = new ArrayList<>();
                for (int run = 1; run <= WARM_UP + RUNS; run++) {
                    String marker = "Fassung " + run;
                    Thread.sleep(300);
                    rebuilds.clear();
                    Files.writeString(record, original.replaceFirst("title: \"", "title: \"" + marker + ": "));
                    long saved = System.currentTimeMillis();
                    new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(20)).ignoring(StaleElementReferenceException.class)
                            .until(d -> d.findElement(By.tagName("h1")).getText().startsWith(marker));
                    new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(20)).until(d ->
                            ((Number) browser.executeScript("return performance.timing.loadEventEnd")).longValue() > 0);
                    long loaded = ((Number) browser.executeScript("return performance.timing.loadEventEnd")).longValue();
                    long navigation = ((Number) browser.executeScript("return performance.timing.navigationStart")).longValue();
                    if (run > WARM_UP) {
                        totals.add(loaded - saved);
                        untilReload.add(navigation - saved);
                        System.out.printf(Locale.ROOT, "run %2d: save → reloaded page %4d ms (reload starts after %4d ms, "
                                + "rebuild %s ms)%n", run - WARM_UP, loaded - saved, navigation - saved, rebuilds);
                    }
                }
                System.out.printf(Locale.ROOT, "save → reloaded page, %d runs on the example archive: median %d ms, "
                        + "min %d ms, max %d ms (target: under 1000 ms)%n", RUNS, median(totals),
                        totals.stream().mapToLong(Long::longValue).min().orElse(0),
                        totals.stream().mapToLong(Long::longValue).max().orElse(0));
                System.out.printf(Locale.ROOT, "of which until the browser starts reloading (watch, debounce %d ms, "
                        + "rebuild, event): median %d ms%n", PreviewOptions.DEFAULT_QUIET.toMillis(), median(untilReload));
            } finally {
                browser.quit();
            }
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

}
