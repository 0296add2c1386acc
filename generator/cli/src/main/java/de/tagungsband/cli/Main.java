package de.tagungsband.cli;

import de.tagungsband.i18n.Language;
import de.tagungsband.i18n.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code tagungsband init|build|check|serve|new|import}: a thin shell over {@link de.tagungsband.Tagungsband}. It
 * speaks the language {@link Language} chooses for the run: help, usage errors, progress and diagnostics alike.
 */
@Command(name = "tagungsband", mixinStandardHelpOptions = true, versionProvider = Version.class)
public final class Main implements Runnable {

    /**
     * The commands by name. picocli reads a command's annotations when it is added, which is a good part of the
     * start of a quick build: when the first argument names a command, only that one is added.
     */
    private static final Map<String, Function<Texts, Object>> COMMANDS = commands();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    LanguageOption language;

    private final Texts texts;

    Main(Texts texts) {
        this.texts = texts;
    }

    public static void main(String[] args) {
        Charset console = ConsoleEncoding.useOneThatWritesUmlauts();
        System.exit(run(new PrintWriter(new OutputStreamWriter(System.out, console), true),
                new PrintWriter(new OutputStreamWriter(System.err, console), true), args));
    }

    /** Runs a command line and returns its exit code: 0 fine, 1 content errors, 2 usage errors. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        Texts texts = Language.choose(LanguageOption.given(args), contentOf(args), System.getenv());
        return commandLine(args.length > 0 ? args[0] : "", texts)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(new UsageErrors(texts))
                .setExecutionExceptionHandler(new FailureHandler(texts))
                .execute(args);
    }

    /** The command line with the command named {@code first}, or with all of them (for help, say). */
    private static CommandLine commandLine(String first, Texts texts) {
        CommandLine line = new CommandLine(new Main(texts));
        boolean onlyFirst = COMMANDS.containsKey(first) && !first.equals("help");
        COMMANDS.forEach((name, command) -> {
            if (!onlyFirst || name.equals(first)) {
                line.addSubcommand(name, command.apply(texts));
            }
        });
        line.setResourceBundle(HelpTexts.of(texts));
        return line;
    }

    /** The content folder the arguments name ({@code --content}, or {@code init}'s folder), for its language. */
    private static Path contentOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--content") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--content=")) {
                return Path.of(args[i].substring("--content=".length()));
            }
        }
        return Path.of("content");
    }

    private static Map<String, Function<Texts, Object>> commands() {
        Map<String, Function<Texts, Object>> commands = new LinkedHashMap<>();
        commands.put("init", InitCommand::new);
        commands.put("build", BuildCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("new", NewCommand::withSubcommands);
        commands.put("publish", PublishCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("help", t -> new CommandLine.HelpCommand());
        return commands;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), texts.get("cli.nameCommand"));
    }
}
