package de.tagungsband.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells open pages which build is current, as a stream of Server-Sent Events ({@code event: build}, the generation
 * as data). A page reloads when the generation differs from the one it was served with. The streams are held open
 * without a thread each (300 open tabs held 328 threads): one writer thread writes every event and keep-alive to
 * all of them, and drops a stream whose page went away.
 */
final class ReloadHub {

    private static final long KEEP_ALIVE_SECONDS = 15;
    private final Map<HttpExchange, OutputStream> streams = new ConcurrentHashMap<>();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "tagungsband-reload");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long generation;

    ReloadHub() {
        writer.scheduleWithFixedDelay(() -> sendToAll(": keep-alive\n\n"), KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS,
                TimeUnit.SECONDS);
    }

    void publish(long newGeneration) {
        generation = newGeneration;
        run(() -> sendToAll("event: build\ndata: " + newGeneration + "\n\n"));
    }

    /** Ends every open stream, so that the server can stop. */
    void close() {
        run(() -> streams.keySet().forEach(this::end));
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Opens one event stream and returns at once: the writer thread serves it until the page goes away. */
    void stream(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        try {
            exchange.sendResponseHeaders(200, 0);
        } catch (IOException pageWentAway) {
            exchange.close();
            return;
        }
        OutputStream out = exchange.getResponseBody();
        boolean queued = run(() -> {
            streams.put(exchange, out);
            send(exchange, "retry: 500\nevent: build\ndata: " + generation + "\n\n");
        });
        if (!queued) {
            exchange.close();
        }
    }

    int openStreams() {
        return streams.size();
    }

    private boolean run(Runnable task) {
        try {
            writer.execute(task);
            return true;
        } catch (RejectedExecutionException stopped) {
            return false;
        }
    }

    private void sendToAll(String event) {
        streams.keySet().forEach(exchange -> send(exchange, event));
    }

    private void send(HttpExchange exchange, String event) {
        OutputStream out = streams.get(exchange);
        if (out == null) {
            return;
        }
        try {
            out.write(event.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException pageWentAway) {
            end(exchange);
        }
    }

    private void end(HttpExchange exchange) {
        streams.remove(exchange);
        exchange.close();
    }
}
