package de.tagungsband.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.Tagungsband;
import de.tagungsband.diagnostic.Diagnostic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The external-load check proved in a browser: an archive is built from a corpus of payloads that make a browser
 * contact another host (one record each, raw HTML allowed and in the default mode), the records the build refuses
 * are taken out, and every page of what is published is opened in Chromium, served from the loopback address.
 * The payloads point at a second server (another port, so another origin) that counts every request: it must see
 * none, and the browser must have requested nothing from any origin but the archive's. A control page holding
 * the payloads as they are shows that the trap sees what a payload loads.
 */
class ForeignRequestsTest {

    /** A payload: {@code {T}} is replaced by the trap's address for it, {@code {H}} by that address without "http://". */
    private record Payload(String html, boolean loadsWhenOpened) {
    }

    private static final List<Payload> CORPUS = List.of(
            new Payload("<img src=\"{T}.png\" alt=\"x\">", true),
            new Payload("<img src=\"ht&#9;tp://{H}.png\" alt=\"x\">", true),
            new Payload("<img src=\"&#1;{T}.png\" alt=\"x\">", true),
            new Payload("<img alt=\"x\" src=\"ht\ntp://{H}.png\">", true),
            new Payload("<p style=\"background:u\\72l({T}.png)\">x</p>", true),
            new Payload("<p style=\"background-image:image-set('{T}.png' 1x)\">x</p>", true),
            new Payload("<table background=\"{T}.png\"><tr><td>x</td></tr></table>", true),
            new Payload("<body background=\"{T}.png\"><p>x</p></body>", true),
            new Payload("<iframe title=\"x\" srcdoc=\"<img src='{T}.png'>\"></iframe>", true),
            new Payload("<iframe title=\"x\" srcdoc=\"&lt;iframe srcdoc=&quot;&amp;lt;img src={T}.png&amp;gt;&quot;&gt;\"></iframe>", true),
            new Payload("<meta http-equiv=\"refresh\" content=\"0;url={T}\">", true),
            new Payload("<img srcset=\"{T}.png 2x\" alt=\"x\">", true),
            new Payload("<video poster=\"{T}.png\"></video>", true),
            new Payload("<object data=\"{T}.svg\"></object>", true),
            new Payload("<embed src=\"{T}.svg\">", true),
            new Payload("<svg><image href=\"{T}.png\" width=\"10\" height=\"10\"/></svg>", true),
            new Payload("<link rel=\"stylesheet\" href=\"{T}.css\">", true),
            new Payload("<link rel=\"preload\" as=\"image\" href=\"{T}.png\">", true),
            new Payload("<style>@import url(\"{T}.css\");</style>", true),
            new Payload("<style>body { background: url({T}.png) }</style>", true),
            new Payload("<base href=\"{T}/\"><img src=\"b.png\" alt=\"x\">", true),
            new Payload("<iframe title=\"x\" src=\"data:text/html,%3Cimg%20src=%22{T}.png%22%3E\"></iframe>", true),
            new Payload("<object data=\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3Cimage "
                    + "href='{T}.png' width='9' height='9'/%3E%3C/svg%3E\"></object>", true),
            new Payload("<input type=\"image\" src=\"{T}.png\" alt=\"x\">", true),
            new Payload("<script src=\"{T}.js\"></script>", true),
            new Payload("<iframe title=\"x\" src=\"{T}\"></iframe>", true),
            new Payload("<svg width=\"9\" height=\"9\"><filter id=\"f\"><feImage href=\"{T}.png\"/></filter>"
                    + "<rect filter=\"url(#f)\" width=\"9\" height=\"9\"/></svg>", true),
            new Payload("<svg width=\"9\" height=\"9\"><use href=\"#i\"><set attributeName=\"href\" to=\"{T}.svg#i\"/></use></svg>", false),
            new Payload("<svg width=\"9\" height=\"9\"><rect fill=\"url({T}.svg#g)\" width=\"9\" height=\"9\"/></svg>", true),
            new Payload("<link rel=\"prefetch\" href=\"{T}\">", false),
            new Payload("<audio src=\"{T}.mp3\" preload=\"auto\" controls></audio>", false),
            new Payload("<form action=\"{T}\"><button>Senden</button></form>", false),
            new Payload("<a href=\"seite.html\" ping=\"{T}\">x</a>", false),
            new Payload("<a href=\"{T}\">ein Link, keine Ladung</a>", false),
            new Payload("![Bild]({T}.png)", false),
            new Payload("Ein Bild: ![Bild](<ht\ttp://{H}.png>)", false));

    @TempDir
    static Path dir;
    private static Chromium chromium;
    private static HttpServer archive;
    private static HttpServer trap;
    private static final ConcurrentLinkedQueue<String> TRAPPED = new ConcurrentLinkedQueue<>();

    @BeforeAll
    static void start() throws IOException {
        archive = server(exchange -> serve(dir, exchange));
        trap = server(exchange -> {
            TRAPPED.add(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        chromium = Chromium.start();
    }

    @AfterAll
    static void stop() {
        try {
            chromium.close();
        } finally {
            archive.stop(0);
            trap.stop(0);
        }
    }

    @Test
    void theTrapSeesWhatThePayloadsLoadWhenNothingChecksThem() throws IOException {
        TRAPPED.clear();
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"de\"><head><title>Kontrolle</title></head><body>\n");
        for (int i = 0; i < CORPUS.size(); i++) {
            Files.writeString(dir.resolve("kontrolle-" + i + ".html"), page + payload(i) + "\n</body></html>\n");
        }
        for (int i = 0; i < CORPUS.size(); i++) {
            open("kontrolle-" + i + ".html");
        }
        Set<Integer> loaded = trapped();
        Set<Integer> expected = IntStream.range(0, CORPUS.size()).filter(i -> CORPUS.get(i).loadsWhenOpened())
                .boxed().collect(Collectors.toCollection(TreeSet::new));
        assertTrue(loaded.containsAll(expected), "payloads that should load but did not: "
                + expected.stream().filter(i -> !loaded.contains(i)).map(i -> CORPUS.get(i).html()).toList());
        TRAPPED.clear();
    }

    @Test
    void withRawHtmlAllowedNothingPublishedMakesTheBrowserContactAnotherHost() throws IOException {
        assertNothingLeaves(true);
    }

    @Test
    void inTheDefaultModeNothingPublishedMakesTheBrowserContactAnotherHost() throws IOException {
        assertNothingLeaves(false);
    }

    private void assertNothingLeaves(boolean rawHtml) throws IOException {
        TRAPPED.clear();
        String name = rawHtml ? "roh" : "standard";
        ContentFixture fixture = ContentFixture.minimal();
        for (int i = 0; i < CORPUS.size(); i++) {
            fixture = fixture.with("2020-testtag/p" + i + ".md", "---\ntitle: \"Nutzlast " + i + "\"\nkind: talk\norder: "
                    + (10 + i) + "\n---\nVorher.\n\n" + payload(i) + "\n\nNachher.\n");
        }
        Path content = fixture.writeTo(dir.resolve("content-" + name));
        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml"))
                + "allow_raw_html: " + rawHtml + "\n");
        Path site = dir.resolve("site-" + name);
        // the build stops at the first stage with errors (a Markdown image before the rendered pages' check), so
        // the refused records are taken out until it publishes
        Set<String> refused = new TreeSet<>();
        for (BuildResult result = build(content, site); result.hasErrors(); result = build(content, site)) {
            List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
            assertTrue(errors.stream().allMatch(d -> d.file().toString().replace('\\', '/').matches("2020-testtag/p\\d+\\.md")
                            && Files.exists(content.resolve(d.file()))), () -> "only payload records are refused: " + errors);
            for (Diagnostic error : errors) {
                if (refused.add(error.file().toString().replace('\\', '/'))) {
                    Files.delete(content.resolve(error.file()));
                }
            }
        }
        assertTrue(Files.exists(site.resolve("2020/testtag/nutzlast-0/index.html")) || refused.contains("2020-testtag/p0.md"));

        List<String> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).map(f -> dir.relativize(f).toString()
                    .replace('\\', '/')).sorted().toList();
        }
        assertTrue(pages.size() > CORPUS.size() - refused.size(), pages::toString);
        chromium.requestedUrls();
        List<String> requested = new ArrayList<>();
        for (String page : pages) {
            open(page);
            requested.addAll(chromium.requestedUrls());
        }
        String origin = "http://127.0.0.1:" + archive.getAddress().getPort() + "/";
        assertEquals(List.of(), requested.stream().filter(url -> !url.startsWith(origin) && !url.startsWith("data:")
                && !url.startsWith("about:")).distinct().toList(), name + ": requests to other origins");
        assertEquals(Set.of(), trapped(), () -> name + ": payloads that reached the trap: " + trapped().stream()
                .map(i -> CORPUS.get(i).html()).toList() + " (refused: " + refused + ")");
        assertTrue(requested.size() >= pages.size(), "the browser's requests were seen: " + requested.size());
    }

    private static BuildResult build(Path content, Path site) {
        return Tagungsband.build(BuildOptions.builder(content, site).templates(ContentFixture.templates())
                .proceedings(false).build());
    }

    /** Payload {@code i} pointing at the trap, at a path of its own. */
    private static String payload(int i) {
        String host = "127.0.0.1:" + trap.getAddress().getPort() + "/p" + i;
        return CORPUS.get(i).html().replace("{T}", "http://" + host).replace("{H}", host);
    }

    /** Which payloads reached the trap, by number. */
    private static Set<Integer> trapped() {
        return TRAPPED.stream().map(path -> path.replaceAll("^/p(\\d+).*", "$1")).filter(s -> s.matches("\\d+"))
                .map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Opens a page and gives a refresh, a frame or an import a moment to fire. */
    private static void open(String path) {
        chromium.driver().get("http://127.0.0.1:" + archive.getAddress().getPort() + "/" + path);
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpServer server(com.sun.net.httpserver.HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", handler);
        server.start();
        return server;
    }

    private static void serve(Path root, HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8).substring(1);
        Path file = root.resolve(path).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        String name = file.getFileName().toString();
        String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".css") ? "text/css"
                : name.endsWith(".js") ? "text/javascript" : name.endsWith(".svg") ? "image/svg+xml"
                : name.endsWith(".json") ? "application/json" : "application/octet-stream";
        exchange.getResponseHeaders().set("Content-Type", type);
        byte[] body = Files.readAllBytes(file);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
