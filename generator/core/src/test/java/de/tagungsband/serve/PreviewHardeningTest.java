package de.tagungsband.serve;

import de.tagungsband.BuildOptions;
import de.tagungsband.ContentFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview answers only to its own loopback names, and holds any number of open tabs with a few threads. */
@Timeout(180)
class PreviewHardeningTest {

    @TempDir
    Path dir;

    private PreviewServer server;
    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private void start() {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        BuildOptions build = BuildOptions.builder(content, dir.resolve("preview")).templates(ContentFixture.templates()).build();
        server = PreviewServer.start(PreviewOptions.of(build).withPort(0), PreviewListener.SILENT);
    }

    private int port() {
        return server.address().getPort();
    }

    /** Opens a connection, sends a GET with {@code host} as its Host header (null: none) and returns the reader. */
    private BufferedReader request(String path, String host) throws IOException {
        Socket socket = new Socket("127.0.0.1", port());
        socket.setSoTimeout(60_000);
        sockets.add(socket);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n") + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    private int status(String path, String host) throws IOException {
        return Integer.parseInt(request(path, host).readLine().split(" ")[1]);
    }

    @Test
    void onlyLoopbackNamesAndAddressesWithItsPortAreAnswered() throws IOException {
        start();
        int port = port();
        assertEquals(200, status("/", "127.0.0.1:" + port));
        assertEquals(200, status("/", "localhost:" + port));
        assertEquals(200, status("/", "LOCALHOST:" + port));
        assertEquals(200, status("/", "[::1]:" + port));
        assertEquals(200, status("/", "localhost"));
        assertEquals(200, status("/_tagungsband/reload.js", "127.0.0.1:" + port));
        // a rebinding page sends its own name; another port is another origin
        for (String host : new String[] {"evil.example:" + port, "evil.example", "localhost.evil.example:" + port,
                "127.0.0.1:" + (port + 1), "localhost:" + (port + 1), ""}) {
            assertEquals(421, status("/", host), host);
            assertEquals(421, status("/_tagungsband/events", host), host);
        }
    }

    @Test
    void threeHundredOpenReloadStreamsHoldNoThreadEachAndAllHearOfTheNextBuild() throws Exception {
        start();
        String host = "127.0.0.1:" + port();
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        List<BufferedReader> streams = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            streams.add(request("/_tagungsband/events", host));
        }
        long first = server.state().generation();
        for (BufferedReader stream : streams) {
            assertTrue(readData(stream) >= first);
        }
        int threadsOpen = ManagementFactory.getThreadMXBean().getThreadCount();
        System.out.println("preview: " + threadsBefore + " threads before, " + threadsOpen + " with 300 open streams");

        assertTrue(threadsOpen - threadsBefore < 40, threadsBefore + " threads before, " + threadsOpen
                + " with 300 open streams");
        assertEquals(200, status("/", host), "the preview still answers pages");

        Path record = dir.resolve("content/2020-testtag/erster.md");
        Files.writeString(record, Files.readString(record).replace("Der erste Text", "Der neue Text"));
        for (BufferedReader stream : streams) {
            long next;
            do {
                next = readData(stream);
            } while (next == first);
            assertTrue(next > first);
        }
    }

    /** The data of the next build event of a stream (its headers and keep-alives skipped). */
    private static long readData(BufferedReader stream) throws IOException {
        for (String line = stream.readLine(); line != null; line = stream.readLine()) {
            if (line.startsWith("data: ")) {
                return Long.parseLong(line.substring(6).trim());
            }
        }
        throw new IOException("the stream ended");
    }
}
