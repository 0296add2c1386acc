package de.tagungsband.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Serves the preview folder: files below it with their content types, {@code index.html} for folders, the site's
 * 404 page for anything else. HTML gets the reload script; while the content has errors, every page is the
 * {@link ErrorPage}.
 */
final class SiteHandler implements HttpHandler {

    private final Path siteRoot;
    private final Path templates;
    private final PreviewBuilder builder;

    SiteHandler(Path siteRoot, Path templates, PreviewBuilder builder) {
        this.siteRoot = siteRoot;
        this.templates = templates;
        this.builder = builder;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            Optional<Path> target = RequestPaths.resolve(siteRoot, rawPath, exchange.getRequestURI().getPath());
            if (target.isPresent() && Files.isDirectory(target.get()) && !rawPath.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", rawPath + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            Optional<Path> file = existing(target);
            if (target.isPresent() && file.isEmpty()) {
                builder.awaitIdle(); // the folder may have been between its two renames
                file = existing(target);
            }
            PreviewState state = builder.state();
            if (!state.ok() && (file.isEmpty() || ContentTypes.isHtml(file.get().toString()))) {
                send(exchange, 500, ContentTypes.of("x.html"),
                        ErrorPage.render(state.problems(), templates, ReloadScript.tag(state.generation())));
            } else if (file.isPresent()) {
                serve(exchange, 200, file.get(), state.generation());
            } else {
                notFound(exchange, state.generation());
            }
        }
    }

    private Optional<Path> existing(Optional<Path> target) {
        return target.map(p -> Files.isDirectory(p) ? p.resolve("index.html") : p)
                .filter(Files::isRegularFile).filter(this::insideSite);
    }

    private void serve(HttpExchange exchange, int status, Path file, long generation) throws IOException {
        Optional<byte[]> bytes = read(file);
        if (bytes.isEmpty()) {
            notFound(exchange, generation);
            return;
        }
        String name = file.getFileName().toString();
        byte[] body = ContentTypes.isHtml(name) ? ReloadScript.inject(bytes.get(), generation) : bytes.get();
        send(exchange, status, ContentTypes.of(name), body);
    }

    private void notFound(HttpExchange exchange, long generation) throws IOException {
        Path page = siteRoot.resolve("404.html");
        Optional<byte[]> bytes = read(page);
        if (bytes.isPresent()) {
            send(exchange, 404, ContentTypes.of("404.html"), ReloadScript.inject(bytes.get(), generation));
        } else {
            send(exchange, 404, "text/plain; charset=utf-8", "404 not found".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The file's bytes; a file that vanishes while a rebuild swaps the folder is read again after the rebuild. */
    private Optional<byte[]> read(Path file) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            builder.awaitIdle();
            try {
                return Optional.of(Files.readAllBytes(file));
            } catch (NoSuchFileException again) {
                return Optional.empty();
            }
        }
    }

    private boolean insideSite(Path file) {
        try {
            return file.toRealPath().startsWith(siteRoot.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
