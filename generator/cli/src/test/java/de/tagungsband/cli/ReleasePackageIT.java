package de.tagungsband.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The release package as an editor gets it: unpacked into an empty folder outside the repository and run through
 * bin/tagungsband with nothing but Java (no Maven, not even a PATH): init, check, build and serve; with dash too;
 * without Java or with an old one it says so in German. bin/tagungsband.cmd is read for the command line it runs.
 * Runs in the integration-test phase, after the package phase made the zip and tar.gz.
 */
class ReleasePackageIT {

    private static final Path ZIP = Path.of(System.getProperty("tagungsband.release", "target/none.zip"));
    private static final Path DASH = Path.of("/usr/bin/dash");

    @TempDir
    static Path dir;

    private static Path home;

    @BeforeAll
    static void unpack() throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(ZIP), ZIP + " was not made by the package phase");
        Path tar = Path.of(ZIP.toString().replaceFirst("\\.zip$", ".tar.gz"));
        Path unpacked = Files.createDirectories(dir.resolve("entpackt"));
        Process untar = new ProcessBuilder("tar", "-xzf", tar.toString(), "-C", unpacked.toString()).inheritIO().start();
        assertEquals(0, untar.waitFor());
        String name = ZIP.getFileName().toString().replaceFirst("\\.zip$", "");
        home = unpacked.resolve(name);
        assertEquals(entries(home), zipEntries(name), "the zip and the tar.gz hold the same files");
    }

    @Test
    void thePackageHoldsWhatAnEditorNeeds() throws IOException {
        for (String file : List.of("bin/tagungsband", "bin/tagungsband.cmd", "lib/tagungsband.jar", "LIESMICH.txt",
                "docs/handbuch.md", "templates/layout.ftlh", "templates/i18n/messages_de.properties",
                "beispiel/content/site.yaml", "beispiel/content/people.yaml")) {
            assertTrue(Files.isRegularFile(home.resolve(file)), file);
        }
        assertTrue(Files.getPosixFilePermissions(home.resolve("bin/tagungsband")).contains(PosixFilePermission.OWNER_EXECUTE));
        assertTrue(Files.readString(home.resolve("LIESMICH.txt")).contains("Java installieren"));
        String launcher = Files.readString(home.resolve("bin/tagungsband"));
        assertTrue(launcher.startsWith("#!/bin/sh\n") && !launcher.contains("\r"), "a POSIX sh script with LF");
        for (String bashOnly : List.of("[[", "BASH_SOURCE", "local ", "$'", "<<<", "readlink -f", "function ")) {
            assertTrue(!launcher.contains(bashOnly), "bin/tagungsband uses '" + bashOnly + "', which sh may not know");
        }
        // $((…)) is POSIX arithmetic; a (( … )) command is bash's
        assertTrue(!launcher.replace("$((", "").contains("(("), "bin/tagungsband uses '((', which sh may not know");
    }

    @Test
    void initCheckBuildAndServeRunThroughTheLauncherWithOnlyJava() throws Exception {
        Path work = Files.createDirectories(dir.resolve("arbeit"));
        Result init = run(work, javaOnly(), launcher(), "init", "archiv");
        assertEquals(0, init.code, init::toString);
        assertTrue(init.out.contains("Neues Archiv angelegt:"), init::toString);
        Path archive = work.resolve("archiv");

        Result check = run(archive, javaOnly(), launcher(), "check");
        assertEquals(0, check.code, check::toString);
        assertTrue(check.out.contains("geprüft: keine Fehler"), check::toString);
        assertTrue(check.err.contains("content/site.yaml:10: Warnung: hier steht noch der Beispieltext"), check::toString);

        List<String> build = new ArrayList<>(launcher());
        build.add("build");
        if (Files.isExecutable(DASH)) {
            build.add(0, DASH.toString());
        }
        Result built = run(archive, javaOnly(), build);
        assertEquals(0, built.code, built::toString);
        assertTrue(built.out.matches("(?s)\\d+ Seiten aus 2 Texten in .* nach site gebaut .*"), built::toString);
        Path event = archive.resolve("site/" + java.time.LocalDate.now().getYear() + "/unser-erster-fachtag");
        assertTrue(Files.isRegularFile(event.resolve("arbeitstisch-beispiel/index.html")), built::toString);
        try (var files = Files.list(event)) {
            assertTrue(files.anyMatch(f -> f.toString().endsWith(".pdf")), "no proceedings volume in " + event);
        }

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> serve = new ArrayList<>(launcher());
        serve.addAll(List.of("serve", "--port", String.valueOf(port)));
        ProcessBuilder builder = new ProcessBuilder(serve).directory(archive.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(javaOnly());
        Process preview = builder.start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(preview.getInputStream(), StandardCharsets.UTF_8));
            String line;
            StringBuilder said = new StringBuilder();
            while ((line = lines.readLine()) != null && !line.startsWith("Vorschau von")) {
                said.append(line).append('\n');
            }
            assertTrue(line != null && line.contains("http://127.0.0.1:" + port + "/"), said + String.valueOf(line));
            HttpURLConnection page = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/").toURL().openConnection();
            assertEquals(200, page.getResponseCode());
            String html = new String(page.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(html.contains("Unser erster Fachtag"), html);
        } finally {
            preview.destroy();
            assertTrue(preview.waitFor(20, TimeUnit.SECONDS), "the preview did not stop");
        }
    }

    @Test
    void withoutJavaOrWithAnOldJavaTheLauncherSaysSoInGermanAndWhereToGetIt() throws Exception {
        Map<String, String> none = new HashMap<>();
        none.put("PATH", Files.createDirectories(dir.resolve("leer")).toString());
        Result missing = run(dir, none, launcher(), "build");
        assertEquals(3, missing.code, missing::toString);
        assertTrue(missing.err.startsWith("tagungsband: Java wurde nicht gefunden. tagungsband braucht Java 17 oder neuer."),
                missing::toString);
        assertTrue(missing.err.contains("https://adoptium.net/de/temurin/releases/")
                && missing.err.contains("sudo apt install openjdk-17-jre"), missing::toString);

        Path old = Files.createDirectories(dir.resolve("alt/bin"));
        Path fake = old.resolve("java");
        Files.writeString(fake, "#!/bin/sh\necho 'openjdk version \"11.0.22\" 2024-01-16' >&2\n");
        fake.toFile().setExecutable(true);
        Map<String, String> oldJava = Map.of("PATH", none.get("PATH"), "JAVA_HOME", old.getParent().toString());
        for (List<String> shell : Files.isExecutable(DASH) ? List.of(launcher(), withDash()) : List.of(launcher())) {
            Result tooOld = run(dir, oldJava, shell, "build");
            assertEquals(3, tooOld.code, tooOld::toString);
            assertTrue(tooOld.err.startsWith("tagungsband: Ihr Java (" + fake + ", Version 11.0.22) ist zu alt. "
                    + "tagungsband braucht Java 17 oder neuer."), tooOld::toString);
        }
        Files.writeString(fake, "#!/bin/sh\necho 'java version \"1.8.0_301\"' >&2\n");
        assertTrue(run(dir, oldJava, launcher(), "build").err.contains("Version 1.8.0_301) ist zu alt"));
    }

    /**
     * A build or check runs with the quick compiler, the throughput collector and a heap ceiling from the content's
     * size; the preview keeps Java's defaults; options of the same kind in TAGUNGSBAND_JAVA_OPTS replace these.
     */
    @Test
    void buildAndCheckGetTheirJavaOptionsThePreviewKeepsJavasDefaults() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("zeigt/bin"));
        Path fake = bin.resolve("java");
        Files.writeString(fake, "#!/bin/sh\nif [ \"$1\" = -version ]; then echo 'openjdk version \"17.0.15\"' >&2; "
                + "exit 0; fi\necho \"$@\"\n");
        fake.toFile().setExecutable(true);
        Path content = Files.createDirectories(dir.resolve("zeigt/inhalt"));
        Map<String, String> env = new HashMap<>(Map.of("PATH", "/usr/bin:/bin", "JAVA_HOME", bin.getParent().toString()));
        String jar = " -jar " + home.resolve("lib/tagungsband.jar");
        for (List<String> shell : Files.isExecutable(DASH) ? List.of(launcher(), withDash()) : List.of(launcher())) {
            Result build = run(dir, env, shell, "build", "--content", content.toString());
            assertEquals("-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx512m -Xms512m" + jar + " build --content "
                    + content + "\n", build.out, build::toString);
            Result check = run(dir, env, shell, "check", "--content=" + content);
            assertTrue(check.out.startsWith("-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx512m -Xms512m -jar "),
                    check::toString);
            assertEquals(jar.strip() + " serve\n", run(dir, env, shell, "serve").out);
        }
        env.put("TAGUNGSBAND_JAVA_OPTS", "-Xmx3g -XX:+UseSerialGC");
        Result own = run(dir, env, launcher(), "build");
        assertEquals("-XX:TieredStopAtLevel=1 -Xmx3g -XX:+UseSerialGC" + jar + " build\n", own.out, own::toString);
    }

    /** Without LANG (a bare server, a cron job) the German messages keep their umlauts. */
    @Test
    void umlautsArriveWithoutLang() throws Exception {
        Map<String, String> noLang = new HashMap<>(javaOnly());
        noLang.remove("LANG");
        Path empty = Files.createDirectories(dir.resolve("ohne-lang"));
        Result check = run(empty, noLang, launcher(), "check");
        assertEquals(2, check.code, check::toString);
        assertTrue(check.err.contains("(der content/ enthält)") && !check.err.contains("?"), check::toString);
    }

    /** The Windows launcher, read as cmd.exe would run it with JAVA_HOME set and with java found on the PATH. */
    @Test
    void theWindowsLauncherPassesTheJarAndEveryArgumentToJava() throws IOException {
        String cmd = Files.readString(home.resolve("bin/tagungsband.cmd"));
        assertTrue(cmd.contains("\r\n") && !cmd.replace("\r\n", "").contains("\n"), "cmd.exe needs CRLF line ends");
        Map<String, String> vars = new HashMap<>(Map.of("JAVA_HOME", "C:\\Java\\jdk-17",
                "~dp0", "C:\\Programme\\tagungsband\\bin\\", "TAGUNGSBAND_JAVA_OPTS", "-Xmx2g"));
        String command = null;
        Pattern set = Pattern.compile(
                "^(?:if defined JAVA_HOME if exist \"[^\"]+\" |if /i \"%~1\"==\"(\\w+)\" )?set \"(\\w+)=([^\"]*)\"$");
        for (String line : cmd.split("\r\n")) {
            Matcher m = set.matcher(line);
            if (m.matches() && (m.group(1) == null || m.group(1).equals("build"))) {
                vars.put(m.group(2), expand(m.group(3), vars));
            } else if (line.startsWith("\"%TB_JAVA%\" %TB_TUNING% %TAGUNGSBAND_JAVA_OPTS% %TB_ENCODING%")) {
                command = expand(line, vars).replace("%*", "build --content \"Meine Inhalte\"");
            }
        }
        assertEquals("\"C:\\Java\\jdk-17\\bin\\java.exe\" -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx2g "
                + "-Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 "
                + "-Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -jar \"C:\\Programme\\tagungsband\\bin\\..\\lib\\"
                + "tagungsband.jar\" build --content \"Meine Inhalte\"", command);
        assertTrue(Files.isRegularFile(home.resolve("bin").resolve("..").resolve("lib").resolve("tagungsband.jar")));
        assertTrue(cmd.contains("if %TB_MAJOR% LSS 17 goto oldjava") && cmd.contains("https://adoptium.net/de/temurin/releases/"));
        assertTrue(cmd.contains("set \"TB_EXIT=%ERRORLEVEL%\"") && cmd.contains("exit /b %TB_EXIT%"),
                "the exit code of tagungsband reaches the caller");
        assertTrue(cmd.indexOf("chcp 65001") < cmd.indexOf("-jar \"%TB_JAR%\""), "the console shows UTF-8 (umlauts, „…“)");
    }

    private static String expand(String text, Map<String, String> vars) {
        Matcher m = Pattern.compile("%(~dp0|\\w+)%?").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(vars.getOrDefault(name, m.group())));
        }
        return m.appendTail(out).toString();
    }

    private static List<String> launcher() {
        return List.of(home.resolve("bin/tagungsband").toString());
    }

    private static List<String> withDash() {
        return List.of(DASH.toString(), home.resolve("bin/tagungsband").toString());
    }

    /** An environment with Java and nothing else: no PATH entries at all, so no Maven either. */
    private static Map<String, String> javaOnly() throws IOException {
        return Map.of("JAVA_HOME", System.getProperty("java.home"),
                "PATH", Files.createDirectories(dir.resolve("leer")).toString(), "HOME", dir.toString(),
                "LANG", "C.UTF-8");
    }

    private record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    private static Result run(Path cwd, Map<String, String> env, List<String> command, String... args)
            throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(all).directory(cwd.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        Instant until = Instant.now().plus(Duration.ofMinutes(5));
        while (!process.waitFor(1, TimeUnit.SECONDS)) {
            if (Instant.now().isAfter(until)) {
                process.destroyForcibly();
                break;
            }
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Set<String> entries(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            return new TreeSet<>(files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).toList());
        }
    }

    private static Set<String> zipEntries(String name) throws IOException {
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            Set<String> names = new TreeSet<>();
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName().substring(name.length() + 1)));
            return names;
        }
    }
}
