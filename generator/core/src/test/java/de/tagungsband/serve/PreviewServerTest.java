package de.tagungsband.serve;

import de.tagungsband.BuildOptions;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview server on an ephemeral loopback port: pages, content types, path traversal, rebuild and reload. */
class PreviewServerTest {

    private static final String SECRET = "streng geheim";

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private PreviewServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Path content() {
        return dir.resolve("content");
    }

    private PreviewServer start(ContentFixture fixture) throws IOException {
        fixture.writeTo(content());
        Files.writeString(dir.resolve("geheim.txt"), SECRET);
        BuildOptions build = BuildOptions.builder(content(), dir.resolve("preview")).templates(ContentFixture.templates()).build();
        server = PreviewServer.start(PreviewOptions.of(build).withPort(0), PreviewListener.SILENT);
        return server;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(server.address().resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listensOnLoopbackOnlyByDefault() throws IOException {
        start(ContentFixture.minimal());
        assertEquals("127.0.0.1", server.address().getHost());
        assertEquals("127.0.0.1", PreviewOptions.of(BuildOptions.builder(dir).build()).bind());
        assertEquals(8080, PreviewOptions.of(BuildOptions.builder(dir).build()).port());
    }

    @Test
    void servesPagesWithTheReloadScriptAndFilesWithTheirTypes() throws Exception {
        start(ContentFixture.minimal().with("2020-testtag/images/plan.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .with("2020-testtag/zweiter.md", """
                        ---
                        title: "Zweiter Beitrag"
                        kind: talk
                        order: 2
                        ---
                        ![Ein Plan](images/plan.svg)
                        """));

        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElse(""));
        Document page = Jsoup.parse(home.body());
        assertEquals("Testarchiv", page.title());
        assertEquals(1, page.select("script[src=/_tagungsband/reload.js][data-generation]").size(), home.body());

        HttpResponse<String> session = get("/2020/testtag/zweiter/");
        assertEquals("Zweiter Beitrag", Jsoup.parse(session.body()).selectFirst("h1").text());
        assertEquals("image/svg+xml", get("/2020/testtag/images/plan.svg").headers().firstValue("Content-Type").orElse(""));
        assertEquals("text/css; charset=utf-8", get("/assets/style.css").headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> script = get("/_tagungsband/reload.js");
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElse(""));
        assertTrue(script.body().contains("new EventSource('/_tagungsband/events')"), script.body());
    }

    @Test
    void aFolderWithoutSlashIsRedirectedSoThatRelativeLinksWork() throws Exception {
        start(ContentFixture.minimal());
        HttpResponse<String> response = get("/2020/testtag");
        assertEquals(301, response.statusCode());
        assertEquals("/2020/testtag/", response.headers().firstValue("Location").orElse(""));
    }

    @Test
    void unknownAddressesGetTheSitesNotFoundPage() throws Exception {
        start(ContentFixture.minimal());
        HttpResponse<String> response = get("/gibt/es/nicht/");
        assertEquals(404, response.statusCode());
        assertEquals("Seite nicht gefunden", Jsoup.parse(response.body()).selectFirst("h1").text());
    }

    @Test
    void draftsAreShownInThePreviewButTheFilesOnDiskHaveNoScript() throws Exception {
        start(ContentFixture.minimal().with("2020-testtag/entwurf.md", """
                ---
                title: "Noch ein Entwurf"
                kind: talk
                order: 3
                draft: true
                ---
                Noch nicht fertig.
                """));

        assertEquals("Noch ein Entwurf", Jsoup.parse(get("/2020/testtag/entwurf/").body()).selectFirst("h1").text());
        for (Path html : SiteFiles.htmlFiles(dir.resolve("preview"))) {
            assertFalse(Files.readString(html).contains("_tagungsband"), html + " has the reload script on disk");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../geheim.txt", "/../../geheim.txt", "/%2e%2e/geheim.txt", "/%2E%2E/geheim.txt",
            "/assets/..%2f..%2fgeheim.txt", "/..%5cgeheim.txt", "/assets/%2e%2e/%2e%2e/geheim.txt", "/..\\geheim.txt",
            "/./../geheim.txt", "//../geheim.txt", "/%252e%252e/geheim.txt", "/C:/geheim.txt", "/.%2e/geheim.txt",
            "/assets/../../content/site.yaml", "/..%00/geheim.txt"})
    void nothingOutsideThePreviewFolderIsServed(String path) throws Exception {
        start(ContentFixture.minimal());
        String response = rawGet(path);
        assertFalse(response.contains(SECRET), response);
        assertFalse(response.contains("base_url"), response);
        String status = response.lines().findFirst().orElse("");
        assertTrue(status.contains(" 404 ") || status.contains(" 400 "), path + " → " + status);
    }

    @Test
    void aChangedRecordIsRebuiltAndOpenPagesAreToldToReload() throws Exception {
        start(ContentFixture.minimal());
        BlockingQueue<String> events = listen();
        assertEquals("data: 1", nextData(events));

        Path record = content().resolve("2020-testtag/zweiter.md");
        Files.writeString(record, Files.readString(record).replace("Zweiter Beitrag", "Zweiter Beitrag, verbessert"));

        assertEquals("data: 2", nextData(events));
        assertEquals("Zweiter Beitrag, verbessert",
                Jsoup.parse(get("/2020/testtag/zweiter/").body()).selectFirst("h1").text());
        assertEquals("2", Jsoup.parse(get("/").body()).selectFirst("script[data-generation]").attr("data-generation"));
    }

    @Test
    void aContentErrorShowsOnEveryPageUntilItIsFixed() throws Exception {
        start(ContentFixture.minimal());
        BlockingQueue<String> events = listen();
        assertEquals("data: 1", nextData(events));
        Path record = content().resolve("2020-testtag/zweiter.md");
        String good = Files.readString(record);

        Files.writeString(record, good.replace("order: 2", "order: \"<b>2</b>\""));
        assertEquals("data: 2", nextData(events));

        for (String path : new String[]{"/", "/2020/testtag/erster/", "/gibt/es/nicht/"}) {
            HttpResponse<String> response = get(path);
            assertEquals(500, response.statusCode(), path);
            Document page = Jsoup.parse(response.body());
            assertEquals("Die Vorschau wartet auf Korrekturen", page.selectFirst("h1").text());
            assertEquals("content/2020-testtag/zweiter.md:5: Fehler: „<b>2</b>“ bei „order“ ist keine ganze Zahl. "
                            + "Lösung: schreiben Sie eine Zahl, z. B. order: 3",
                    normaliseFolder(page.selectFirst("li").text()));
            assertTrue(page.select("li b").isEmpty(), "the message must be escaped");
            assertEquals(1, page.select("script[src=/_tagungsband/reload.js]").size());
        }
        assertEquals(200, get("/assets/style.css").statusCode(), "stylesheets are still served");

        Files.writeString(record, good);
        assertEquals("data: 3", nextData(events));
        HttpResponse<String> fixed = get("/2020/testtag/zweiter/");
        assertEquals(200, fixed.statusCode());
        assertEquals("Zweiter Beitrag", Jsoup.parse(fixed.body()).selectFirst("h1").text());
    }

    @Test
    void aRecordInANewFolderIsSeen() throws Exception {
        start(ContentFixture.minimal());
        BlockingQueue<String> events = listen();
        assertEquals("data: 1", nextData(events));

        ContentFixture.of("""
                -- 2021-neuer-tag/event.md --
                ---
                title: "Neuer Tag"
                date: 2021-03-04
                format: online
                ---
                Einleitung.
                """).writeTo(content());

        assertEquals("data: 2", nextData(events));
        assertEquals("Neuer Tag", Jsoup.parse(get("/2021/neuer-tag/").body()).selectFirst("h1").text());
    }

    @Test
    void aChangedTemplateIsRebuiltToo() throws Exception {
        Path templates = SiteFiles.copyTree(ContentFixture.templates(), dir.resolve("templates"));
        ContentFixture.minimal().writeTo(content());
        BuildOptions build = BuildOptions.builder(content(), dir.resolve("preview")).templates(templates).build();
        server = PreviewServer.start(PreviewOptions.of(build).withPort(0), PreviewListener.SILENT);
        BlockingQueue<String> events = listen();
        assertEquals("data: 1", nextData(events));

        Path bundle = templates.resolve("i18n/messages_de.properties");
        Files.writeString(bundle, Files.readString(bundle).replace("nav.articles=Beiträge", "nav.articles=Alle Artikel"));

        assertEquals("data: 2", nextData(events));
        assertEquals("Alle Artikel", Jsoup.parse(get("/").body()).selectFirst("a[href=beitraege/index.html]").text());
    }


    private String normaliseFolder(String line) {
        return line.replace(content().toString().replace('\\', '/'), "content");
    }

    /** The data lines of the event stream, read in the background. */
    private BlockingQueue<String> listen() {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(server.address().resolve("/_tagungsband/events")).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
                    response.body().filter(line -> line.startsWith("data:")).forEach(lines::add);
                });
        return lines;
    }

    private static String nextData(BlockingQueue<String> events) throws InterruptedException {
        String line = events.poll(20, TimeUnit.SECONDS);
        assertNotNull(line, "no reload event within 20 s");
        return line;
    }

    /** A request sent byte for byte, so that no client library cleans up the path first. */
    private String rawGet(String path) throws IOException {
        URI address = server.address();
        try (Socket socket = new Socket(address.getHost(), address.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
