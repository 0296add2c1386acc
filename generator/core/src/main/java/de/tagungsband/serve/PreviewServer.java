package de.tagungsband.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.tagungsband.BuildOptions;
import de.tagungsband.publish.OutputFolder;
import de.tagungsband.UsageException;
import de.tagungsband.i18n.Text;
import de.tagungsband.html.TemplateFolder;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code tagungsband serve}: the archive with its drafts, served from the preview folder on 127.0.0.1 (or the
 * address asked for), rebuilt when content or templates change, with open pages reloading by themselves.
 */
public final class PreviewServer implements AutoCloseable {

    /** Pending connections the system queues: enough for a page with all its files opened by many tabs at once. */
    private static final int BACKLOG = 512;
    /** Threads answering requests; a request waits for a running rebuild, so more than the cores. */
    private static final int WORKERS = 16;

    private final HttpServer http;
    private final ExecutorService workers;
    private final ReloadHub hub;
    private final TemplateFolder templates;
    private final SourceWatcher watcher;
    private final PreviewBuilder builder;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    private PreviewServer(HttpServer http, ExecutorService workers, ReloadHub hub, TemplateFolder templates,
                          SourceWatcher watcher, PreviewBuilder builder) {
        this.http = http;
        this.workers = workers;
        this.hub = hub;
        this.templates = templates;
        this.watcher = watcher;
        this.builder = builder;
    }

    /** Builds once, then serves and watches until {@link #close()}. A wrong folder, address or port is a {@link UsageException}. */
    public static PreviewServer start(PreviewOptions options, PreviewListener listener) {
        BuildOptions given = options.build();
        if (!Files.isDirectory(given.content())) {
            throw new UsageException(Text.of("folder.missing.content", given.content()));
        }
        OutputFolder.requireWritable(given.out(), given.content(), given.templates(), given.force());
        InetSocketAddress address = address(options);
        TemplateFolder templates = TemplateFolder.open(given.templates());
        Path out = given.out().toAbsolutePath().normalize();
        // the preview leaves out the proceedings volumes: laying out a book takes seconds, a reload must not
        BuildOptions build = given.toBuilder().templates(templates.path()).out(out).drafts(true)
                .proceedings(false).build();
        ReloadHub hub = new ReloadHub();
        PreviewBuilder builder = new PreviewBuilder(build, given.content(), listener, hub);
        // a bounded number of threads for any number of requests: reload streams hold none
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, daemonThreads());
        HttpServer http = null;
        try {
            builder.rebuild(Set.of());
            http = HttpServer.create(address, BACKLOG);
            http.setExecutor(workers);
            HttpServer bound = http;
            HostCheck hosts = new HostCheck(() -> bound.getAddress().getPort());
            http.createContext("/", new SiteHandler(out, templates.path(), builder)).getFilters().add(hosts);
            http.createContext(ReloadScript.PREFIX, exchange -> reloadEndpoint(exchange, hub)).getFilters().add(hosts);
            SourceWatcher watcher = SourceWatcher.start(watched(given, templates), path -> isOutput(path, out),
                    options.quiet(), builder::rebuild);
            http.start();
            PreviewServer server = new PreviewServer(http, workers, hub, templates, watcher, builder);
            listener.serving(server.address());
            return server;
        } catch (BindException e) {
            cleanUp(http, workers, templates);
            throw new UsageException("cannot listen on " + options.bind() + ":" + options.port() + " (" + e.getMessage()
                    + "): choose another port with --port");
        } catch (IOException | RuntimeException e) {
            cleanUp(http, workers, templates);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException(e.getMessage(), (IOException) e);
        }
    }

    /** Where the preview is, e.g. {@code http://127.0.0.1:8080/}. */
    public URI address() {
        InetSocketAddress bound = http.getAddress();
        String host = bound.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort() + "/");
    }

    public PreviewState state() {
        return builder.state();
    }

    /** Blocks until the server is closed (by another thread, or at shutdown). */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    /** Stops watching and serving and removes unpacked default templates; closing twice is harmless. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        watcher.close();
        hub.close();
        http.stop(0);
        workers.shutdownNow();
        templates.close();
        stopped.countDown();
    }

    private static void reloadEndpoint(HttpExchange exchange, ReloadHub hub) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals(ReloadScript.EVENTS_PATH)) {
            hub.stream(exchange); // stays open after this returns, written to by the hub's one thread
            return;
        }
        try (exchange) {
            boolean script = path.equals(ReloadScript.SCRIPT_PATH);
            byte[] body = script ? ReloadScript.source() : "404 not found".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", script ? ContentTypes.of("reload.js") : "text/plain; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(script ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static InetSocketAddress address(PreviewOptions options) {
        if (options.port() < 0 || options.port() > 65535) {
            throw new UsageException("the port " + options.port() + " is not between 0 and 65535");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(options.bind()), options.port());
        } catch (UnknownHostException e) {
            throw new UsageException("cannot listen on '" + options.bind() + "': not an address of this computer");
        }
    }

    /** Content, and the templates unless they are the built-in ones (which cannot change). */
    private static List<Path> watched(BuildOptions given, TemplateFolder templates) {
        List<Path> roots = new ArrayList<>(List.of(given.content()));
        if (!templates.isDefault()) {
            roots.add(templates.path());
        }
        return roots;
    }

    /** The preview folder and its staging siblings, in case they lie inside a watched folder. */
    private static boolean isOutput(Path path, Path out) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(out) || (absolute.getParent() != null && absolute.getParent().equals(out.getParent())
                && absolute.getFileName().toString().startsWith("." + out.getFileName()));
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "tagungsband-preview-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void cleanUp(HttpServer http, ExecutorService workers, TemplateFolder templates) {
        if (http != null) {
            http.stop(0);
        }
        workers.shutdownNow();
        templates.close();
    }
}
