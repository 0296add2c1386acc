package de.tagungsband.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** {@code tagungsband build|check|serve|new|import|daemon}: a thin shell over {@link de.tagungsband.Tagungsband}. */
@Command(name = "tagungsband", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Publishes conference documentation: Markdown records to a static HTML archive.")
public final class Main implements Runnable {

    /**
     * The commands by name. picocli reads a command's annotations when it is added, which is a good part of the
     * start of a quick build: when the first argument names a command, only that one is added.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code: 0 fine, 1 content errors, 2 usage errors. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(args.length > 0 ? args[0] : "")
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(new FailureHandler())
                .execute(args);
    }

    /** The command line with the command named {@code first}, or with all of them (for help, say). */
    private static CommandLine commandLine(String first) {
        CommandLine line = new CommandLine(new Main());
        boolean onlyFirst = COMMANDS.containsKey(first) && !first.equals("help");
        COMMANDS.forEach((name, command) -> {
            if (!onlyFirst || name.equals(first)) {
                line.addSubcommand(name, command.get());
            }
        });
        return line;
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("build", BuildCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("daemon", DaemonCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, check, serve, new, import or daemon");
    }
}
