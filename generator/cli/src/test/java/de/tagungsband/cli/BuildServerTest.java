package de.tagungsband.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static de.tagungsband.cli.ExampleContent.REPO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code build} through a build server (started on threads of the test) against {@code build} in its own process:
 * the same site byte for byte, the same messages and exit codes, the output folder checked, and every way a server
 * can be unusable falling back to a build in the process.
 */
class BuildServerTest {

    private static final String SESSION = "2021-vom-ankommen-und-bleiben/wo-bleiben-die-gefluechteten-menschen.md";

    @TempDir
    Path dir;

    private Path content;
    private Path site;
    private BuildServer server;
    private final ByteArrayOutputStream serverLog = new ByteArrayOutputStream();

    @BeforeEach
    void copyTheExample() throws IOException {
        content = dir.resolve("content");
        site = dir.resolve("site");
        ExampleContent.copyTo(content);
    }

    @AfterEach
    void stopTheServer() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    private BuildServer startServer(String program) throws IOException {
        server = BuildServer.start(site, program, Program::identity, Duration.ofHours(1), Duration.ofMillis(100),
                new PrintStream(serverLog, true, StandardCharsets.UTF_8));
        return server;
    }

    /** What a command printed, and its exit code. */
    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Run build(Path into, String... options) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--templates",
                REPO.resolve("templates").toString(), "--out", into.toString()));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    @Test
    void aBuildThroughTheServerMakesTheSiteOfABuildInItsOwnProcessByteForByte() throws IOException {
        startServer(Program.identity());
        Run served = build(site);
        Run inProcess = build(dir.resolve("in-process"), "--no-daemon");

        assertEquals(0, served.code(), served.err());
        assertEquals(1, server.builds(), "the build ran in the server");
        assertEquals(0, inProcess.code(), inProcess.err());
        assertSameFiles(dir.resolve("in-process"), site);
        assertTrue(Files.list(site).anyMatch(p -> p.toString().endsWith("index.html")));
        assertEquals(summary(inProcess.out()).replace(dir.resolve("in-process").toString(), site.toString()),
                summary(served.out()));
    }

    @Test
    void aTextAndATitleChangedGiveTheSiteOfABuildFromScratchAndTheStateIsLeftForBuildsWithoutServer()
            throws IOException, InterruptedException {
        startServer(Program.identity());
        assertEquals(0, build(site, "--no-proceedings").code());
        Path record = content.resolve(SESSION);

        Files.writeString(record, Files.readString(record) + "\nEin neuer Satz über den Sozialraum.\n");
        Run text = build(site, "--no-proceedings", "-v");
        assertEquals(0, text.code(), text.err());
        assertFalse(text.err().contains("  read "), "a text edit starts from the last build in memory: " + text.err());
        assertSameAsFromScratch();

        Files.writeString(record, Files.readString(record).replaceFirst("title: \"", "title: \"Neu: "));
        Run title = build(site, "--no-proceedings", "-v");
        assertEquals(0, title.code(), title.err());
        assertSameAsFromScratch();
        assertEquals(3, server.builds(), "the server made all three builds");

        server.close();
        Run afterwards = build(site, "--no-proceedings", "-v");
        assertEquals(0, afterwards.code(), afterwards.err());
        assertFalse(afterwards.err().contains("  render "), "the state the server left says nothing changed: "
                + afterwards.err());
        assertTrue(afterwards.out().contains("(0 files written"), afterwards.out());
    }

    @Test
    void theServerGoesOnFromABuildWithoutItInBetween() throws IOException {
        startServer(Program.identity());
        assertEquals(0, build(site, "--no-proceedings").code());
        Path record = content.resolve(SESSION);
        Files.writeString(record, Files.readString(record) + "\nOhne Server geschrieben.\n");
        Run alone = build(site, "--no-proceedings", "--no-daemon");
        assertEquals(0, alone.code(), alone.err());
        assertTrue(alone.out().contains("files written"), alone.out());

        Run served = build(site, "--no-proceedings", "-v");

        assertEquals(0, served.code(), served.err());
        assertEquals(2, server.builds());
        assertFalse(served.err().contains("  render "), "it takes the state the other build left: " + served.err());
        assertTrue(served.out().contains("(0 files written"), served.out());
        assertSameAsFromScratch();
    }

    @Test
    void aContentErrorIsReportedAsInItsOwnProcessAndTheSiteStaysAsItWas() throws IOException {
        startServer(Program.identity());
        assertEquals(0, build(site, "--no-proceedings").code());
        Map<String, String> before = stamps(site);
        Path record = content.resolve(SESSION);
        Files.writeString(record, Files.readString(record).replace("authors: [lafast]", "authors: [lafsat]"));

        Run served = build(site, "--no-proceedings");
        Run inProcess = build(site, "--no-proceedings", "--no-daemon");

        assertEquals(1, served.code());
        assertEquals(2, server.builds());
        assertTrue(served.err().startsWith(content.resolve(SESSION)
                + ":4: error: unknown person id 'lafsat'. Fix: did you mean 'lafast'?"), served.err());
        assertEquals(inProcess.err(), served.err());
        assertEquals(inProcess.code(), served.code());
        assertEquals("", served.out());
        assertEquals(before, stamps(site), "no file of site/ was touched");
    }

    @Test
    void anOutputFileDeletedOrEditedByHandIsMadeAgain() throws IOException {
        startServer(Program.identity());
        assertEquals(0, build(site, "--no-proceedings").code());
        Path record = content.resolve(SESSION);
        Files.writeString(record, Files.readString(record) + "\nErster Satz.\n");
        assertEquals(0, build(site, "--no-proceedings").code()); // now the last build is in memory

        Path deleted = site.resolve("index.html");
        Path edited = site.resolve("2019/gemeinsam-vor-ort/index.html");
        Files.delete(deleted);
        Files.writeString(edited, "<p>von Hand</p>");
        Files.writeString(record, Files.readString(record) + "\nZweiter Satz.\n");
        Run afterEdit = build(site, "--no-proceedings");

        assertEquals(0, afterEdit.code(), afterEdit.err());
        assertTrue(Files.isRegularFile(deleted));
        assertSameAsFromScratch();

        Files.delete(deleted);
        Files.setLastModifiedTime(edited, FileTime.fromMillis(0));
        Run nothingChanged = build(site, "--no-proceedings");
        assertEquals(0, nothingChanged.code(), nothingChanged.err());
        assertSameAsFromScratch();
        assertEquals(3 + 1, server.builds());
    }

    @Test
    void theSocketOfAServerThatIsGoneIsRemovedAndTheBuildRunsInItsOwnProcess() throws IOException {
        ServerFiles files = ServerFiles.beside(site);
        files.create();
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(files.socket()));
        }
        assertTrue(Files.exists(files.socket()), "a killed server leaves its socket file");

        Run run = build(site, "--no-proceedings");

        assertEquals(0, run.code(), run.err());
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertFalse(Files.exists(files.socket()));
        assertEquals(1, run(("daemon --status --out " + site).split(" ")).code(), "no server runs");
    }

    @Test
    void aServerOfAnotherProgramIsNotUsedAndStops() throws IOException, InterruptedException {
        startServer("tagungsband 0.0.1 another");

        Run run = build(site, "--no-proceedings");

        assertEquals(0, run.code(), run.err());
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertEquals(0, server.builds());
        assertTrue(server.awaitStop(Duration.ofSeconds(10)), "the stale server stops");
        assertFalse(Files.exists(server.files().socket()));
    }

    @Test
    void daemonTellsWhetherAServerRunsAndStopsIt() throws IOException, InterruptedException {
        startServer(Program.identity());
        Run status = run("daemon", "--status", "--out", site.toString());
        assertEquals(0, status.code(), status.err());
        assertTrue(status.out().startsWith("A build server runs for " + site), status.out());

        Run stop = run("daemon", "--stop", "--out", site.toString());
        assertEquals(0, stop.code(), stop.err());
        assertTrue(server.awaitStop(Duration.ofSeconds(10)));
        assertEquals(1, run("daemon", "--out", site.toString()).code());
        assertTrue(serverLog.toString(StandardCharsets.UTF_8).contains("stopping: asked to"));
    }

    @Test
    void anHtmlBuildOfALargeArchiveStartsAServerUnlessInContinuousIntegrationOrSwitchedOff() {
        assertTrue(BuildClient.startsAfter(BuildClient.START_AFTER_RECORDS, Map.of()));
        assertFalse(BuildClient.startsAfter(BuildClient.START_AFTER_RECORDS - 1, Map.of()));
        assertFalse(BuildClient.startsAfter(50_000, Map.of("CI", "true")));
        assertFalse(BuildClient.startsAfter(50_000, Map.of("TAGUNGSBAND_DAEMON", "0")));
        assertTrue(BuildClient.startsAfter(50_000, Map.of("TAGUNGSBAND_DAEMON", "1", "CI", "false")));
        // the example is far smaller: its builds start none
        Run build = build(site, "--no-proceedings");
        assertEquals(0, build.code(), build.err());
        assertFalse(Files.exists(ServerFiles.beside(site).socket()), build.err());
    }

    @Test
    void aServerStartedAfterABuildInItsOwnProcessKeepsThatBuildForTheNext() throws IOException {
        assertEquals(0, build(site, "--no-proceedings").code());
        BuildRequest request = new BuildRequest(content, content.toString(), REPO.resolve("templates"), site,
                site.toString(), false, false, Verbosity.Level.NORMAL);
        StringWriter err = new StringWriter();
        try {
            assertTrue(new BuildClient(Program.identity()).startAfter(request, new PrintWriter(err, true)),
                    err.toString());
            assertFalse(new BuildClient(Program.identity()).startAfter(request, new PrintWriter(err, true)),
                    "one server per output folder");
            awaitInLog(ServerFiles.beside(site).log(), "kept the build in memory", Duration.ofSeconds(60));
            Path record = content.resolve(SESSION);
            Files.writeString(record, Files.readString(record) + "\nNach dem Start des Servers geschrieben.\n");

            Run next = build(site, "--no-proceedings", "-v");

            assertEquals(0, next.code(), next.err());
            assertFalse(next.err().contains("  read "), "the server starts from the build it kept: " + next.err());
            assertTrue(next.out().contains("files written") && !next.out().contains("(0 files written"), next.out());
            assertSameAsFromScratch();
        } finally {
            Run stop = run("daemon", "--stop", "--out", site.toString());
            assertEquals(0, stop.code(), stop.err() + err);
        }
        assertFalse(Files.exists(ServerFiles.beside(site).socket()));
    }

    /** Waits until the server's log says {@code what}: it then has made the build in memory (on its own). */
    private static void awaitInLog(Path log, String what, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!(Files.exists(log) && Files.readString(log).contains(what))) {
            assertTrue(System.nanoTime() < deadline, "the server's log never said '" + what + "'");
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void continuousIntegrationNeverStartsAServer() {
        assertFalse(BuildClient.mayStart(Map.of("CI", "true")));
        assertTrue(BuildClient.mayStart(Map.of()));
        assertTrue(BuildClient.mayStart(Map.of("CI", "false")));
    }

    private void assertSameAsFromScratch() throws IOException {
        Path scratch = dir.resolve("scratch");
        Run fromScratch = build(scratch, "--no-proceedings", "--no-cache");
        assertEquals(0, fromScratch.code(), fromScratch.err());
        assertSameFiles(scratch, site);
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        Map<String, Path> expectedFiles = files(expected);
        Map<String, Path> actualFiles = files(actual);
        assertEquals(expectedFiles.keySet(), actualFiles.keySet());
        for (Map.Entry<String, Path> file : expectedFiles.entrySet()) {
            assertEquals(-1, Files.mismatch(file.getValue(), actualFiles.get(file.getKey())), file.getKey());
        }
    }

    private static Map<String, Path> files(Path root) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(f -> files.put(root.relativize(f).toString(), f));
        }
        return files;
    }

    /** Each file's size and time: what any write would change. */
    private static Map<String, String> stamps(Path root) throws IOException {
        Map<String, String> stamps = new TreeMap<>();
        for (Map.Entry<String, Path> file : files(root).entrySet()) {
            stamps.put(file.getKey(), Files.size(file.getValue()) + " " + Files.getLastModifiedTime(file.getValue()));
        }
        return stamps;
    }

    /** The summary line without the time it took. */
    private static String summary(String out) {
        return out.replaceAll("in [0-9.]+ s", "in … s");
    }
}
