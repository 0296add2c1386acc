package de.tagungsband.cli;

import de.tagungsband.BuildListener;
import de.tagungsband.BuildResult;
import de.tagungsband.Tagungsband;
import de.tagungsband.cache.ResidentMemory;
import de.tagungsband.html.TemplateFolder;
import de.tagungsband.publish.WriteSummary;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The build server of one output folder: a process that stays, so that a build after a change starts from the last
 * build in memory ({@link ResidentMemory}) instead of from a cold Java. It listens on a Unix domain socket beside
 * the output ({@link ServerFiles}), runs one build at a time as {@code build} would in its own process and sends
 * back what that would print, and the exit code. It stops when told to, when it was idle for {@code idle}, when
 * its program changed (a new jar) and when its socket file is gone; a client of another program makes it stop too.
 */
final class BuildServer implements AutoCloseable {

    private final Path out;
    private final String program;
    private final Supplier<String> currentProgram;
    private final Duration idle;
    private final ServerFiles files;
    private final PrintStream log;
    private final ServerSocketChannel channel;
    private final Object fileKey;
    private final ResidentMemory memory;
    private final Object building = new Object();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicInteger builds = new AtomicInteger();
    private final Instant started = Instant.now();
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "tagungsband-server-watch");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long lastActive = System.nanoTime();
    private TemplateFolder builtInTemplates;

    private BuildServer(Path out, String program, Supplier<String> currentProgram, Duration idle, ServerFiles files,
                        PrintStream log, ServerSocketChannel channel) throws IOException {
        this.out = out;
        this.program = program;
        this.currentProgram = currentProgram;
        this.idle = idle;
        this.files = files;
        this.log = log;
        this.channel = channel;
        this.fileKey = Files.readAttributes(files.socket(), "unix:ino").get("ino");
        this.memory = ResidentMemory.beside(out);
    }

    /**
     * Starts the server of {@code out} on threads of this process.
     *
     * @param program the identity of the program the clients must run ({@link Program#identity()})
     * @param currentProgram what the program is now: when it is no longer {@code program}, the server stops
     * @param checkEvery how often to look at the idle time, the program and the socket file
     * @throws IOException when the socket cannot be made, or another server listens on it
     */
    static BuildServer start(Path out, String program, Supplier<String> currentProgram, Duration idle,
                             Duration checkEvery, PrintStream log) throws IOException {
        Path folder = out.toAbsolutePath().normalize();
        ServerFiles files = ServerFiles.beside(folder);
        files.create();
        if (Files.exists(files.socket())) {
            if (BuildClient.answers(files.socket())) {
                throw new IOException("a build server already runs for " + folder);
            }
            Files.deleteIfExists(files.socket()); // left by a server that was killed
        }
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.bind(UnixDomainSocketAddress.of(files.socket()));
            Files.setPosixFilePermissions(files.socket(), PosixFilePermissions.fromString("rw-------"));
            BuildServer server = new BuildServer(folder, program, currentProgram, idle, files, log, channel);
            Thread accepting = new Thread(server::accept, "tagungsband-server");
            accepting.start();
            long every = checkEvery.toMillis();
            server.watch.scheduleWithFixedDelay(server::check, every, every, TimeUnit.MILLISECONDS);
            server.log("listening on " + files.socket() + " for builds into " + folder + " (" + program + ")");
            return server;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    ServerFiles files() {
        return files;
    }

    int builds() {
        return builds.get();
    }

    private void accept() {
        while (!stopping.get()) {
            try {
                SocketChannel client = channel.accept();
                Thread thread = new Thread(() -> answer(client), "tagungsband-server-client");
                thread.setDaemon(true);
                thread.start();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                log("cannot accept a client: " + e.getMessage());
            }
        }
    }

    private void answer(SocketChannel client) {
        try (client;
             DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(client)));
             DataOutputStream reply = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)))) {
            int version = in.readInt();
            ServerProtocol.Ask ask = version == ServerProtocol.VERSION
                    ? ServerProtocol.Ask.valueOf(in.readUTF()) : ServerProtocol.Ask.STOP;
            String clientProgram = version == ServerProtocol.VERSION ? in.readUTF() : "";
            switch (ask) {
                case BUILD -> {
                    if (!clientProgram.equals(program)) {
                        ServerProtocol.otherProgram(reply);
                        stop("a client of another program asked for a build: " + clientProgram);
                    } else {
                        build(BuildRequest.read(in), reply);
                    }
                }
                case STATUS -> {
                    PrintWriter stdout = ServerProtocol.writer(reply, ServerProtocol.OUT);
                    stdout.print(status(clientProgram));
                    stdout.flush();
                    ServerProtocol.exit(reply, 0);
                }
                case STOP -> {
                    ServerProtocol.writer(reply, ServerProtocol.OUT).println("The build server for " + out
                            + " stops.");
                    ServerProtocol.exit(reply, 0);
                    stop("asked to");
                }
            }
        } catch (IOException | RuntimeException e) {
            log("a client went away: " + e);
        }
    }

    /** One build, as {@code build} runs it in its own process, with what it prints sent to the client. */
    private void build(BuildRequest request, DataOutputStream reply) throws IOException {
        synchronized (building) {
            lastActive = System.nanoTime();
            long start = System.nanoTime();
            PrintWriter stdout = ServerProtocol.writer(reply, ServerProtocol.OUT);
            PrintWriter stderr = ServerProtocol.writer(reply, ServerProtocol.ERR);
            int code;
            long ready = start;
            try {
                if (!request.out().equals(out)) {
                    throw new IllegalStateException("this build server builds into " + out + ", not " + request.out());
                }
                memory.ready();
                ready = System.nanoTime();
                BuildResult result = Tagungsband.build(request.options(builtInTemplates()),
                        new ProgressPrinter(stderr, request.level()), memory);
                code = BuildCommand.report(request, result, stdout, stderr);
            } catch (Exception e) {
                code = FailureHandler.report(e, stderr, "build");
            } catch (Error e) {
                code = FailureHandler.report(new RuntimeException(e.toString(), e), stderr, "build");
                stop("a build failed: " + e); // its memory is in doubt
            }
            stdout.flush();
            stderr.flush();
            builds.incrementAndGet();
            ServerProtocol.exit(reply, code);
            memory.writeBehind(); // the client has its answer: the state is written meanwhile
            log(String.format(Locale.ROOT, "build %d: exit %d, %.3f s (%.3f s of it waiting for the cache to be "
                    + "written and checking the output folder)", builds.get(), code, (System.nanoTime() - start) / 1e9,
                    (ready - start) / 1e9));
            if (code == 0 && !request.proceedings() && memory.lastBuild().isEmpty()) {
                warmUp(request);
            }
            lastActive = System.nanoTime();
        }
    }

    /**
     * After a build that found nothing changed and so left nothing in memory to start from (the first build of a new
     * server, say), the same build made in full: it writes nothing, and the next build after a change starts from
     * it. (A build with proceedings volumes never starts from the last one: a longer text moves page numbers.)
     */
    private void warmUp(BuildRequest request) {
        long start = System.nanoTime();
        try {
            memory.ready();
            memory.buildInFullNext();
            BuildResult result = Tagungsband.build(request.options(builtInTemplates()), BuildListener.SILENT, memory);
            memory.writeBehind();
            log(String.format(Locale.ROOT, "kept the build in memory: %d files written, %.3f s",
                    result.written().map(WriteSummary::written).orElse(0), (System.nanoTime() - start) / 1e9));
        } catch (RuntimeException e) {
            log("cannot keep the build in memory: " + e);
        }
    }

    /** The built-in templates, unpacked once for the server's life (so that one build can start from the last). */
    private Path builtInTemplates() {
        if (builtInTemplates == null) {
            builtInTemplates = TemplateFolder.open(null);
        }
        return builtInTemplates.path();
    }

    private String status(String clientProgram) {
        Runtime runtime = Runtime.getRuntime();
        Duration idleFor = Duration.ofNanos(System.nanoTime() - lastActive);
        return String.format(Locale.ROOT, """
                        A build server runs for %s (process %d, since %s).
                          builds: %d; idle for %d min, stops after %d min without a build
                          memory: %d MiB used of at most %d MiB
                          program: %s%s
                        """, out, ProcessHandle.current().pid(), started, builds.get(), idleFor.toMinutes(),
                idle.toMinutes(), (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20,
                program, clientProgram.equals(program) ? "" : " (not this program: builds will not use it)");
    }

    /** Stops after being idle for too long, when the program changed or the socket file is gone. */
    private void check() {
        try {
            Optional<Object> key = Files.exists(files.socket())
                    ? Optional.ofNullable(Files.readAttributes(files.socket(), "unix:ino").get("ino")) : Optional.empty();
            if (key.isEmpty() || !key.get().equals(fileKey)) {
                stop("the socket file " + files.socket() + " is gone");
            } else if (!currentProgram.get().equals(program)) {
                stop("the program changed");
            } else if (Duration.ofNanos(System.nanoTime() - lastActive).compareTo(idle) > 0) {
                synchronized (building) {
                    if (Duration.ofNanos(System.nanoTime() - lastActive).compareTo(idle) > 0) {
                        stop("idle for " + idle.toMinutes() + " min");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            log("cannot check the socket: " + e.getMessage());
        }
    }

    /** Stops taking clients, lets the running build finish and its state be written, then removes the socket. */
    void stop(String why) {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        log("stopping: " + why);
        Thread stopper = new Thread(() -> {
            try {
                channel.close();
            } catch (IOException e) {
                log("cannot close the socket: " + e.getMessage());
            }
            synchronized (building) {
                memory.close();
                if (builtInTemplates != null) {
                    builtInTemplates.close();
                }
            }
            try {
                Object key = Files.readAttributes(files.socket(), "unix:ino").get("ino");
                if (fileKey.equals(key)) {
                    Files.deleteIfExists(files.socket());
                }
            } catch (IOException e) {
                // gone already
            }
            watch.shutdownNow();
            log("stopped");
            stopped.countDown();
        }, "tagungsband-server-stop");
        stopper.start();
    }

    void awaitStop() throws InterruptedException {
        stopped.await();
    }

    boolean awaitStop(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        stop("closed");
        awaitStop();
    }

    private void log(String message) {
        log.println(Instant.now() + " " + message);
        log.flush();
    }
}
