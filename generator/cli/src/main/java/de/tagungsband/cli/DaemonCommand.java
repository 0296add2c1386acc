package de.tagungsband.cli;

import de.tagungsband.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = {"The build server of an output folder: a process that keeps the last build in memory, so "
                + "that 'tagungsband build' after a change takes a fraction of a second. 'build' uses it when it "
                + "runs for the same output folder and program; 'build --daemon' starts one.",
                "Without an option: whether one runs (exit code 0), or not (1)."})
final class DaemonCommand implements Callable<Integer> {

    static final Duration CHECK_EVERY = Duration.ofSeconds(10);

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "the output folder whose server this is (default: ${DEFAULT-VALUE})")
    Path outFolder;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "--start: the content folder, whose size sets the server's memory (default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--start", description = "start the build server (it builds nothing until asked)")
    boolean start;

    @Option(names = "--stop", description = "stop the build server (after the build it runs, if any)")
    boolean stop;

    @Option(names = "--status", description = "whether a build server runs, with its memory and builds (default)")
    boolean status;

    @Option(names = "--idle-minutes", paramLabel = "N", defaultValue = "" + BuildClient.DEFAULT_IDLE_MINUTES,
            description = "--start: the server stops after N minutes without a build (default: ${DEFAULT-VALUE})")
    int idleMinutes;

    @Option(names = "--run", hidden = true, description = "be the build server, in this process")
    boolean run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        int actions = (start ? 1 : 0) + (stop ? 1 : 0) + (status ? 1 : 0) + (run ? 1 : 0);
        if (actions > 1) {
            throw new UsageException("give one of --start, --stop and --status");
        }
        if (idleMinutes < 1) {
            throw new UsageException("--idle-minutes must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String shown = outFolder.toString();
        if (run) {
            return runServer();
        }
        BuildClient client = new BuildClient(Program.identity());
        if (stop) {
            Optional<Integer> stopped = client.ask(outFolder, ServerProtocol.Ask.STOP, out, err);
            if (stopped.isEmpty()) {
                out.println("No build server runs for " + shown + ".");
            }
            return 0;
        }
        if (start) {
            if (client.ask(outFolder, ServerProtocol.Ask.STATUS, out, err).isPresent()) {
                return 0;
            }
            ServerFiles files = ServerFiles.beside(outFolder);
            BuildClient.spawn(outFolder.toAbsolutePath().normalize(), content.toAbsolutePath().normalize(),
                    idleMinutes, files);
            long deadline = System.nanoTime() + BuildClient.START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (BuildClient.answers(files.socket())) {
                    out.println("A build server runs for " + shown + " (log: " + files.log() + ").");
                    return 0;
                }
                Thread.sleep(25);
            }
            err.println("tagungsband: the build server did not start (see " + files.log() + ")");
            return FailureHandler.FAILURE;
        }
        if (client.ask(outFolder, ServerProtocol.Ask.STATUS, out, err).isPresent()) {
            return 0;
        }
        out.println("No build server runs for " + shown + ".");
        return 1;
    }

    /** This process is the server, until it stops (told to, idle, a new program, or SIGTERM). */
    private int runServer() throws IOException, InterruptedException {
        String program = Program.identity();
        BuildServer server = BuildServer.start(outFolder, program, Program::identity,
                Duration.ofMinutes(idleMinutes), CHECK_EVERY, System.err);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tagungsband-server-exit"));
        server.awaitStop();
        return 0;
    }
}
