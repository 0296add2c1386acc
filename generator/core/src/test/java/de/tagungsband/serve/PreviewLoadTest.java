package de.tagungsband.serve;

import de.tagungsband.BuildOptions;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 200 clients on loopback for 30 s while a session file is edited again and again: no request fails and no page is
 * ever seen half written (the preview folder is swapped in whole). Prints the requests per second it held.
 */
class PreviewLoadTest {

    static final int CLIENTS = Integer.getInteger("tagungsband.load.clients", 200);
    static final Duration RUN = Duration.ofSeconds(Long.getLong("tagungsband.load.seconds", 30));

    @TempDir
    Path dir;

    @Test
    void twoHundredClientsWhileFilesAreEditedGetWholePagesAndNoErrors() throws Exception {
        Path content = SiteFiles.copyTree(ContentFixture.repository().resolve("content"), dir.resolve("content"));
        BuildOptions build = BuildOptions.builder(content, dir.resolve("preview")).templates(ContentFixture.templates()).drafts(true).build();
        Path session = content.resolve("2021-vom-ankommen-und-bleiben/wo-bleiben-die-gefluechteten-menschen.md");
        try (PreviewServer server = PreviewServer.start(PreviewOptions.of(build).withPort(0), PreviewListener.SILENT)) {
            List<URI> pages = pages(server.address(), dir.resolve("preview"));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong requests = new AtomicLong();
            Queue<String> failures = new ConcurrentLinkedQueue<>();
            CountDownLatch done = new CountDownLatch(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                Random random = new Random(c);
                Thread thread = new Thread(() -> {
                    try {
                        while (running.get() && failures.size() < 20) {
                            URI page = pages.get(random.nextInt(pages.size()));
                            check(client, page, failures);
                            requests.incrementAndGet();
                        }
                    } finally {
                        done.countDown();
                    }
                });
                thread.setDaemon(true);
                thread.start();
            }
            long generationBefore = server.state().generation();
            long started = System.nanoTime();
            String original = Files.readString(session);
            for (int edit = 0; System.nanoTime() - started < RUN.toNanos(); edit++) {
                Files.writeString(session, original + "\nÄnderung Nummer " + edit + " während der Last.\n");
                Thread.sleep(300);
            }
            running.set(false);
            done.await();
            double seconds = (System.nanoTime() - started) / 1e9;
            long rebuilds = server.state().generation() - generationBefore;
            System.out.printf(Locale.ROOT, "preview under load: %d clients, %d requests in %.1f s = %.0f requests/s, "
                    + "%d rebuilds while serving, %d failures%n", CLIENTS, requests.get(), seconds,
                    requests.get() / seconds, rebuilds, failures.size());
            assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
            assertTrue(rebuilds >= 5, "the content changed only " + rebuilds + " times while serving");
            assertTrue(requests.get() > CLIENTS, "requests: " + requests.get());
        }
    }

    private static void check(HttpClient client, URI page, Queue<String> failures) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            if (response.statusCode() != 200) {
                failures.add(page + ": status " + response.statusCode());
            } else if (page.getPath().endsWith("/") && (!body.stripTrailing().endsWith("</html>") || !body.contains("<h1"))) {
                failures.add(page + ": half a page (" + body.length() + " characters)");
            }
        } catch (IOException e) {
            failures.add(page + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<URI> pages(URI base, Path preview) throws IOException {
        try (Stream<Path> files = Files.walk(preview)) {
            return files.filter(p -> p.getFileName().toString().equals("index.html"))
                    .map(p -> preview.relativize(p.getParent()).toString().replace('\\', '/'))
                    .map(rel -> base.resolve(rel.isEmpty() ? "" : rel + "/"))
                    .sorted().toList();
        }
    }

}
