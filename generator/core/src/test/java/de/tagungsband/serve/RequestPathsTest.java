package de.tagungsband.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Request paths map to files below the site folder and never anywhere else. */
class RequestPathsTest {

    private static final Path SITE = Path.of("/srv/vorschau").toAbsolutePath();

    private static Optional<Path> resolve(String rawPath) {
        return RequestPaths.resolve(SITE, rawPath, URI.create("http://localhost" + rawPath).getPath());
    }

    @Test
    void ordinaryPathsResolveBelowTheSite() {
        assertEquals(Optional.of(SITE), resolve("/"));
        assertEquals(Optional.of(SITE.resolve("2021/vom-ankommen/index.html")), resolve("/2021/vom-ankommen/index.html"));
        assertEquals(Optional.of(SITE.resolve("assets/style.css")), resolve("//assets//style.css"));
        assertEquals(Optional.of(SITE.resolve("themen/ländlicher raum")), resolve("/themen/l%C3%A4ndlicher%20raum"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../geheim.txt", "/a/../../geheim.txt", "/%2e%2e/geheim.txt", "/%2E%2e/geheim.txt",
            "/assets/..%2f..%2fgeheim.txt", "/..%5cgeheim.txt", "/%5C..%5Cgeheim.txt", "/./geheim.txt",
            "/.hidden", "/C:/Windows/win.ini", "/%00", "/a%2fb", "relative/path"})
    void escapesAreRefused(String rawPath) {
        assertEquals(Optional.empty(), resolve(rawPath), rawPath);
    }

    @Test
    void backslashesAreRefusedEvenWhenSentUnencoded() {
        assertEquals(Optional.empty(), RequestPaths.resolve(SITE, "/..\\geheim.txt", "/..\\geheim.txt"));
    }
}
