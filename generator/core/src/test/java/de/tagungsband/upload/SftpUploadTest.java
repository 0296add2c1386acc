package de.tagungsband.upload;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.Tagungsband;
import de.tagungsband.i18n.Texts;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code publish} against a real SFTP server in this JVM (Apache MINA SSHD): the first upload, an upload after one
 * session changed, a deleted session, an upload broken off by the server and resumed, and a wrong password.
 */
class SftpUploadTest {

    private static final String USER = "redaktion";
    private static final String PASSWORD = "geheim";

    @TempDir
    Path dir;

    private SshServer server;
    private int port;
    private Path remote;
    private Path content;
    private Path site;

    @BeforeEach
    void start() throws IOException {
        remote = Files.createDirectories(dir.resolve("server/htdocs"));
        server = startServer(0);
        port = server.getPort();
        content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        site = dir.resolve("site");
    }

    @AfterEach
    void stop() throws IOException {
        server.stop(true);
    }

    private SshServer startServer(int onPort) throws IOException {
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(onPort);
        sshd.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(dir.resolve("host-key.ser")));
        sshd.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sshd.setFileSystemFactory(new VirtualFileSystemFactory(dir.resolve("server")));
        sshd.start();
        return sshd;
    }

    private SftpTarget connect(String password) {
        return SftpTarget.connect(new SftpSettings("127.0.0.1", port, USER, "/htdocs/doku", password.toCharArray(),
                List.of(), dir.resolve("known_hosts"), true, Optional.empty()));
    }

    private UploadPlan publish(UploadListener listener) throws IOException {
        try (SftpTarget target = connect(PASSWORD)) {
            return Uploader.upload(site, target, false, listener);
        }
    }

    private void build() {
        BuildResult result = Tagungsband.build(BuildOptions.builder(content, site).proceedings(false).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
    }

    @Test
    void firstUploadThenOnlyWhatChangedThenTheDeletedSessionIsRemoved() throws IOException {
        build();
        UploadPlan first = publish(UploadListener.NONE);
        assertEquals(files(site), files(remote.resolve("doku")), "the server holds the site byte for byte");
        assertEquals(files(site).size(), first.puts().size());
        assertTrue(first.puts().indexOf("assets/style.css") < first.puts().indexOf("index.html"));
        assertEquals("index.html", first.puts().get(first.puts().size() - 1), "the home page comes last");
        assertTrue(first.puts().indexOf("2020/testtag/zweiter/index.html") < first.puts().indexOf("2020/testtag/index.html"));

        Map<String, String> before = files(site);
        Path session = content.resolve("2020-testtag/zweiter.md");
        Files.writeString(session, Files.readString(session) + "\nEin neuer Satz im zweiten Beitrag.\n");
        build();
        List<String> changed = changedBetween(before, files(site));
        assertTrue(changed.contains("2020/testtag/zweiter/index.html"), changed.toString());
        assertTrue(changed.size() < before.size() / 3, "only what shows the session moves: " + changed);
        UploadPlan second = publish(UploadListener.NONE);
        assertEquals(changed, second.puts().stream().sorted().toList());
        assertEquals(List.of(), second.deletes());
        assertEquals(files(site), files(remote.resolve("doku")));

        Files.delete(session);
        Files.writeString(content.resolve("2020-testtag/erster.md"), Files.readString(content.resolve(
                "2020-testtag/erster.md")));
        build();
        UploadPlan third = publish(UploadListener.NONE);
        assertTrue(third.deletes().contains("2020/testtag/zweiter/index.html"), third.deletes().toString());
        assertFalse(Files.exists(remote.resolve("doku/2020/testtag/zweiter")), "the session's folder is gone");
        assertEquals(files(site), files(remote.resolve("doku")));
        assertTrue(publish(UploadListener.NONE).isEmpty(), "nothing left to do");
    }

    @Test
    void anUploadBrokenOffByTheServerIsResumedWhereItStopped() throws IOException {
        build();
        int total = files(site).size();
        List<String> sent = new ArrayList<>();
        UploadException broken = assertThrows(UploadException.class, () -> publish(new UploadListener() {
            @Override
            public void uploaded(String path, int done, int all) {
                sent.add(path);
                if (done == 7) {
                    try {
                        server.stop(true);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }));
        assertTrue(Texts.german().resolve(broken.getMessage()).startsWith("Das Hochladen nach redaktion@127.0.0.1:"
                + "/htdocs/doku brach ab"), Texts.german().resolve(broken.getMessage()));
        assertEquals(7, sent.size());
        for (String path : sent) {
            assertEquals(Files.readString(site.resolve(path)), Files.readString(remote.resolve("doku").resolve(path)),
                    path + " is on the server whole");
        }

        server = startServer(port);
        UploadPlan resumed = publish(UploadListener.NONE);
        assertEquals(total - 7, resumed.puts().size(), "the files uploaded before the break are not sent again");
        assertEquals(files(site), files(remote.resolve("doku")));
        assertFalse(Files.exists(remote.resolve("doku").resolve(Manifest.JOURNAL)));
    }

    @Test
    void aWrongPasswordSaysSoInGermanAndChangesNothing() throws IOException {
        build();
        publish(UploadListener.NONE);
        Map<String, String> before = files(remote);
        Files.writeString(content.resolve("2020-testtag/zweiter.md"), "---\ntitle: \"Geändert\"\nkind: talk\norder: 2\n---\nNeu.\n");
        build();

        UploadException refused = assertThrows(UploadException.class, () -> connect("falsch"));

        assertEquals("Anmeldung als redaktion bei 127.0.0.1 fehlgeschlagen: Benutzername, Passwort oder Schlüssel "
                + "stimmen nicht. Auf dem Server wurde nichts geändert. Prüfen Sie die Zugangsdaten Ihres Webhosters "
                + "und versuchen Sie es erneut (--password fragt nach dem Passwort).",
                Texts.german().resolve(refused.getMessage()));
        assertEquals(before, files(remote));
    }

    @Test
    void anUnknownServerIsRefusedWithItsFingerprintUnlessTrustedOnce() {
        UploadException refused = assertThrows(UploadException.class, () -> SftpTarget.connect(new SftpSettings(
                "127.0.0.1", port, USER, "/htdocs/doku", PASSWORD.toCharArray(), List.of(), dir.resolve("known"), false,
                Optional.empty())));
        String message = Texts.german().resolve(refused.getMessage());
        assertTrue(message.startsWith("Der Server 127.0.0.1 ist noch nicht bekannt (Fingerabdruck seines Schlüssels: SHA256:"),
                message);
    }

    @Test
    void theKeysOfARealSshAgentLogIn() throws Exception {
        Path keys = Files.createDirectories(dir.resolve("keys"));
        run(null, "ssh-keygen", "-q", "-t", "ecdsa", "-b", "256", "-N", "", "-C", "redaktion@test", "-f", keys.resolve("ecdsa").toString());
        run(null, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "andere@test", "-f", keys.resolve("ed25519").toString());
        java.security.PublicKey allowed = org.apache.sshd.common.config.keys.PublicKeyEntry
                .parsePublicKeyEntry(Files.readString(keys.resolve("ecdsa.pub")).strip())
                .resolvePublicKey(null, Map.of(), org.apache.sshd.common.config.keys.PublicKeyEntryResolver.FAILING);
        server.stop(true);
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(dir.resolve("host-key.ser")));
        server.setPublickeyAuthenticator((user, key, session) -> USER.equals(user)
                && org.apache.sshd.common.config.keys.KeyUtils.compareKeys(allowed, key));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(dir.resolve("server")));
        server.start();
        build();

        Path socket = dir.resolve("agent.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).redirectErrorStream(true).start();
        try {
            for (int i = 0; i < 100 && !Files.exists(socket); i++) {
                Thread.sleep(50);
            }
            // the agent also holds a key the server does not accept, of a kind read or passed over: the right one logs in
            run(socket, "ssh-add", "-q", keys.resolve("ed25519").toString());
            run(socket, "ssh-add", "-q", keys.resolve("ecdsa").toString());
            Files.delete(keys.resolve("ecdsa"));
            Files.delete(keys.resolve("ed25519"));
            SftpSettings withAgent = new SftpSettings("127.0.0.1", server.getPort(), USER, "/htdocs/doku", null,
                    List.of(), dir.resolve("known_hosts"), true, SftpSettings.agentOf(Map.of("SSH_AUTH_SOCK", socket.toString())));
            try (SftpTarget target = SftpTarget.connect(withAgent)) {
                Uploader.upload(site, target, false, UploadListener.NONE);
            }
            assertEquals(files(site), files(remote.resolve("doku")), "uploaded with the agent's key, no password, no key file");

            UploadException refused = assertThrows(UploadException.class, () -> SftpTarget.connect(new SftpSettings(
                    "127.0.0.1", server.getPort(), USER, "/htdocs/doku", null, List.of(), dir.resolve("known_hosts"),
                    false, Optional.empty())));
            assertTrue(Texts.german().resolve(refused.getMessage()).startsWith("Anmeldung als redaktion bei 127.0.0.1 fehlgeschlagen"),
                    refused.getMessage());
        } finally {
            agent.destroy();
            agent.waitFor();
        }
        assertEquals(Optional.empty(), SftpSettings.agentOf(Map.of("SSH_AUTH_SOCK", socket.toString())),
                "a socket that is gone is no agent");
    }

    @Test
    void acceptingANewHostCreatesKnownHostsInAPrivateSshFolder() throws IOException {
        Path home = dir.resolve("home");
        Path knownHosts = home.resolve(".ssh/known_hosts");
        try (SftpTarget target = SftpTarget.connect(new SftpSettings("127.0.0.1", port, USER, "/htdocs/doku",
                PASSWORD.toCharArray(), List.of(), knownHosts, true, Optional.empty()))) {
            assertTrue(target.describe().contains("127.0.0.1"), target.describe());
        }
        assertTrue(Files.readString(knownHosts).contains("[127.0.0.1]:" + port + " "), Files.readString(knownHosts));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(knownHosts)));
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(knownHosts.getParent())));
        // the next upload knows the server without --accept-new-host
        SftpTarget.connect(new SftpSettings("127.0.0.1", port, USER, "/htdocs/doku", PASSWORD.toCharArray(), List.of(),
                knownHosts, false, Optional.empty())).close();
    }

    private static void run(Path agentSocket, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (agentSocket != null) {
            builder.environment().put("SSH_AUTH_SOCK", agentSocket.toString());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
    }

    @Test
    void aDryRunListsWhatWouldChangeAndWritesNothing() throws IOException {
        build();
        try (SftpTarget target = connect(PASSWORD)) {
            UploadPlan plan = Uploader.upload(site, target, true, UploadListener.NONE);
            assertEquals(files(site).size(), plan.puts().size());
        }
        assertFalse(Files.exists(remote.resolve("doku")));
    }

    @Test
    void aFolderTargetWorksTheSameWay() throws IOException {
        build();
        Path share = dir.resolve("netzlaufwerk/doku");
        Uploader.upload(site, new FolderTarget(share), false, UploadListener.NONE);
        assertEquals(files(site), files(share));
        Files.delete(content.resolve("2020-testtag/zweiter.md"));
        Files.writeString(content.resolve("2020-testtag/erster.md"), Files.readString(content.resolve(
                "2020-testtag/erster.md")));
        build();
        UploadPlan plan = Uploader.upload(site, new FolderTarget(share), false, UploadListener.NONE);
        assertFalse(plan.deletes().isEmpty());
        assertEquals(files(site), files(share));
    }

    /** Every file below {@code root} but tagungsband's own bookkeeping, by path, with its text. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (!name.startsWith(".tagungsband")) {
                    files.put(root.relativize(file).toString().replace('\\', '/'),
                            de.tagungsband.digest.Fingerprint.of(Files.readAllBytes(file)).toString());
                }
            }
        }
        return files;
    }

    private static List<String> changedBetween(Map<String, String> before, Map<String, String> after) {
        return after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(Map.Entry::getKey).sorted().toList();
    }
}
