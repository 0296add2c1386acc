package de.tagungsband.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Tells open pages which build is current, as a stream of Server-Sent Events ({@code event: build}, the generation
 * as data). A page reloads when the generation differs from the one it was served with. Every stream has its own
 * handler thread, which alone writes to it.
 */
final class ReloadHub {

    private static final long CLOSED = -1;
    private static final long KEEP_ALIVE_SECONDS = 15;
    private final Set<BlockingQueue<Long>> streams = ConcurrentHashMap.newKeySet();
    private volatile long generation;

    void publish(long newGeneration) {
        generation = newGeneration;
        streams.forEach(queue -> queue.offer(newGeneration));
    }

    /** Ends every open stream, so that the server can stop. */
    void close() {
        streams.forEach(queue -> queue.offer(CLOSED));
    }

    /** Serves one event stream until the page goes away or the server stops. */
    void stream(HttpExchange exchange) throws IOException {
        BlockingQueue<Long> queue = new LinkedBlockingQueue<>();
        streams.add(queue);
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            send(out, "retry: 500\nevent: build\ndata: " + generation + "\n\n");
            while (true) {
                Long next = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (next != null && next == CLOSED) {
                    return;
                }
                send(out, next == null ? ": keep-alive\n\n" : "event: build\ndata: " + next + "\n\n");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException pageWentAway) {
            // the browser closed the page or reloaded it: nothing to do
        } finally {
            streams.remove(queue);
        }
    }

    int openStreams() {
        return streams.size();
    }

    private static void send(OutputStream out, String event) throws IOException {
        out.write(event.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
