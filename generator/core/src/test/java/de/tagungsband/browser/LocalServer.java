package de.tagungsband.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The built site served on the loopback address as a plain web server would: folders answer with their
 * index.html, and an address that does not exist gets 404.html with status 404 (the only page that needs a
 * server to be seen as readers see it, since it links from the site's root).
 */
final class LocalServer {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
            "xml", "application/xml", "json", "application/json");
    private static HttpServer server;

    private LocalServer() {
    }

    /** The address of a path below the site root, e.g. "gibt-es-nicht/". */
    static synchronized String url(Path site, String path) {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", exchange -> serve(site, exchange));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
        }
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    private static void serve(Path site, HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8).substring(1);
        Path file = site.resolve(path).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        int status = 200;
        if (!file.startsWith(site) || !Files.isRegularFile(file)) {
            file = site.resolve("404.html");
            status = 404;
        }
        String name = file.getFileName().toString();
        exchange.getResponseHeaders().set("Content-Type",
                TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
        byte[] body = Files.readAllBytes(file);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
