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
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview answers only to the names of this computer (DNS rebinding). */
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
}
