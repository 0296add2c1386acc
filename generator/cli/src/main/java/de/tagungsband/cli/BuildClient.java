package de.tagungsband.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The command line's side of the build server: hands a build to the server of its output folder when one runs from
 * the same program, and prints what the server sends as the build in this process would have printed it. Starts a
 * server when asked to. Anything amiss (no server, a dead one's socket file, a server of another program) leaves
 * the build to this process.
 */
final class BuildClient {

    static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    static final int DEFAULT_IDLE_MINUTES = 180;
    /**
     * The server's heap per byte of content: it keeps the last build (files, records, model, pages, search index:
     * about 10 times the content's size, measured at 10,000 sessions) and makes the next one beside it, so twice
     * what the launcher gives a build that keeps nothing (9 times), and some room.
     */
    static final int HEAP_PER_CONTENT = 24;
    static final int MIN_HEAP_MIB = 512;

    private final String program;

    BuildClient(String program) {
        this.program = program;
    }

    /**
     * An HTML build in its own process of at least this many records starts a build server for the next builds (about
     * 1,800 sessions: from a cold Java such a build takes a few seconds even with nothing much to do).
     */
    static final int START_AFTER_RECORDS = 2_000;

    /** Whether {@code build --daemon} may start a server: never in continuous integration ({@code CI=true}). */
    static boolean mayStart(Map<String, String> environment) {
        return !"true".equalsIgnoreCase(environment.getOrDefault("CI", "").trim());
    }

    /**
     * Whether an HTML build in its own process that read {@code records} records starts a server for the next builds
     * of its output folder: for archives of at least {@value #START_AFTER_RECORDS} records, never in continuous
     * integration, nor with {@code TAGUNGSBAND_DAEMON=0}.
     */
    static boolean startsAfter(int records, Map<String, String> environment) {
        return records >= START_AFTER_RECORDS && mayStart(environment)
                && !"0".equals(environment.getOrDefault("TAGUNGSBAND_DAEMON", "").trim());
    }

    /**
     * After a build in this process, starts the server of {@code request.out()} when none runs and hands it the same
     * build: that finds nothing changed, and the server then makes it in full in its memory, on its own (see
     * {@code BuildServer}), so that the next build redoes only what changed. Waits for the server's answer, not
     * for that. Whether a server started; what went wrong is said on {@code err}.
     */
    boolean startAfter(BuildRequest request, PrintWriter err) {
        ServerFiles files = ServerFiles.beside(request.out());
        Optional<SocketChannel> running = connect(files.socket(), true);
        if (running.isPresent()) {
            close(running.get());
            return false;
        }
        PrintWriter silent = new PrintWriter(Writer.nullWriter());
        BuildRequest quiet = new BuildRequest(request.content(), request.contentShown(), request.templates(),
                request.out(), request.outShown(), request.drafts(), request.proceedings(), Verbosity.Level.QUIET);
        return startServer(request, files, err, "").flatMap(server -> send(server, quiet, files, silent, silent))
                .filter(code -> code == 0).isPresent();
    }

    private static void close(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // only connected to see that it answers
        }
    }

    /**
     * The build through the server of {@code request.out()}, with its exit code, or empty when no usable server
     * runs (and {@code start} did not start one): then the caller builds in its own process.
     */
    Optional<Integer> build(BuildRequest request, PrintWriter out, PrintWriter err, boolean start) {
        ServerFiles files = ServerFiles.beside(request.out());
        Optional<SocketChannel> connection = connect(files.socket(), true);
        if (connection.isEmpty() && start) {
            connection = startServer(request, files, err, IN_THIS_PROCESS);
        }
        if (connection.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> code = send(connection.get(), request, files, out, err);
        // a server of another program stops when asked for a build (a dead one's socket file is removed): one of
        // this program takes its place, or, once it is gone, the build runs in this process
        if (code.isEmpty() && awaitGone(files.socket(), Duration.ofSeconds(10)) && start) {
            code = startServer(request, files, err, IN_THIS_PROCESS)
                    .flatMap(again -> send(again, request, files, out, err));
        }
        return code;
    }

    /** Asks the server of {@code out} for its status or to stop; empty when none runs. */
    Optional<Integer> ask(Path out, ServerProtocol.Ask ask, PrintWriter stdout, PrintWriter stderr) {
        ServerFiles files = ServerFiles.beside(out);
        Optional<SocketChannel> connection = connect(files.socket(), true);
        if (connection.isEmpty()) {
            return Optional.empty();
        }
        try (SocketChannel channel = connection.get()) {
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            ServerProtocol.ask(data, ask, program);
            data.flush();
            Optional<Integer> code = relay(channel, stdout, stderr);
            if (ask == ServerProtocol.Ask.STOP) {
                awaitGone(files.socket(), Duration.ofSeconds(30));
            }
            return code;
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether a server answers on {@code socket}. */
    static boolean answers(Path socket) {
        try (SocketChannel ignored = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A connection to the server, or empty.
     *
     * @param removeIfDead remove a socket file no one listens on (a server that was killed); not while a server
     *                     starts: its socket file appears a moment before it listens
     */
    private static Optional<SocketChannel> connect(Path socket, boolean removeIfDead) {
        if (!Files.exists(socket)) {
            return Optional.empty();
        }
        try {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
                return Optional.of(channel);
            } catch (IOException e) {
                channel.close();
                if (removeIfDead) {
                    Files.deleteIfExists(socket);
                }
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<Integer> send(SocketChannel connection, BuildRequest request, ServerFiles files, PrintWriter out,
                                   PrintWriter err) {
        try (SocketChannel channel = connection) {
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            ServerProtocol.ask(data, ServerProtocol.Ask.BUILD, program);
            request.write(data);
            data.flush();
            return relay(channel, out, err);
        } catch (IOException e) {
            err.println("tagungsband: the build server stopped during the build (" + e.getMessage()
                    + "); building in this process");
            if (!answers(files.socket())) {
                try {
                    Files.deleteIfExists(files.socket());
                } catch (IOException gone) {
                    // the next build finds out again
                }
            }
            return Optional.empty();
        }
    }

    /** Prints the server's frames until its exit code; empty when it is a server of another program. */
    private static Optional<Integer> relay(SocketChannel channel, PrintWriter out, PrintWriter err) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
        while (true) {
            byte frame = in.readByte();
            switch (frame) {
                case ServerProtocol.OUT -> {
                    out.print(ServerProtocol.text(in));
                    out.flush();
                }
                case ServerProtocol.ERR -> {
                    err.print(ServerProtocol.text(in));
                    err.flush();
                }
                case ServerProtocol.EXIT -> {
                    return Optional.of(in.readInt());
                }
                case ServerProtocol.OTHER_PROGRAM -> {
                    return Optional.empty();
                }
                default -> throw new IOException("not a frame: " + frame);
            }
        }
    }

    private static final String IN_THIS_PROCESS = "; building in this process";

    /**
     * Starts a server for {@code request.out()} in a process of its own (same Java, same program, the heap the
     * launcher would give a build of this content), which outlives this one, and connects to it.
     *
     * @param then what the caller does when no server starts, said after the reason
     */
    private Optional<SocketChannel> startServer(BuildRequest request, ServerFiles files, PrintWriter err, String then) {
        try {
            Process process = spawn(request.out(), request.content(), DEFAULT_IDLE_MINUTES, files);
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                Optional<SocketChannel> connection = connect(files.socket(), false);
                if (connection.isPresent()) {
                    return connection;
                }
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(25);
            }
            err.println("tagungsband: the build server did not start (see " + files.log() + ")" + then);
        } catch (IOException e) {
            err.println("tagungsband: cannot start a build server (" + e.getMessage() + ")" + then);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /** Starts the server process of {@code out}, its output going to its log. */
    static Process spawn(Path out, Path content, int idleMinutes, ServerFiles files) throws IOException {
        files.create();
        return new ProcessBuilder(serverCommand(out, content, idleMinutes)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(files.log().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    /**
     * The command that runs a server: this Java with this class path, in a session of its own (so that Ctrl+C in
     * the terminal does not reach it), its heap {@value #HEAP_PER_CONTENT} times the content folder's size and at
     * least {@value #MIN_HEAP_MIB} MiB, unless {@code TAGUNGSBAND_JAVA_OPTS} names one.
     */
    private static List<String> serverCommand(Path out, Path content, int idleMinutes) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.add(ProcessHandle.current().info().command().orElse("java"));
        String javaOptions = System.getenv().getOrDefault("TAGUNGSBAND_JAVA_OPTS", "").trim();
        if (!(" " + javaOptions).contains(" -Xmx")) {
            command.add("-Xmx" + Math.max(MIN_HEAP_MIB, HEAP_PER_CONTENT * mebibytes(content)) + "m");
        }
        if (!javaOptions.isEmpty()) {
            command.addAll(List.of(javaOptions.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "daemon", "--run",
                "--out", out.toString(), "--idle-minutes", String.valueOf(idleMinutes)));
        return command;
    }

    private static long mebibytes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            long bytes = files.mapToLong(file -> file.toFile().length()).sum();
            return (bytes + (1 << 20) - 1) >> 20;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Waits until the socket file is gone (a server stopped); whether it went. */
    static boolean awaitGone(Path socket, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (Files.exists(socket)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
