package de.tagungsband.cli;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.Tagungsband;
import de.tagungsband.UsageException;
import de.tagungsband.i18n.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {

    @Mixin
    FolderOptions folders;

    @Mixin
    Verbosity verbosity;

    @Mixin
    LanguageOption language;

    @Option(names = "--drafts", descriptionKey = "option.build.drafts")
    boolean drafts;

    @Option(names = "--no-proceedings", descriptionKey = "option.noProceedings")
    boolean noProceedings;

    @Option(names = "--no-cache", descriptionKey = "option.noCache")
    boolean noCache;

    @Option(names = "--daemon", descriptionKey = "option.daemon")
    boolean daemon;

    @Option(names = "--no-daemon", descriptionKey = "option.noDaemon")
    boolean noDaemon;

    @Spec
    CommandSpec spec;

    private final Texts texts;

    BuildCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Integer call() {
        if (daemon && (noDaemon || noCache)) {
            throw new UsageException("--daemon excludes " + (noDaemon ? "--no-daemon" : "--no-cache"));
        }
        Verbosity.Level level = verbosity.level();
        BuildRequest request = BuildRequest.of(folders, drafts, !noProceedings, level);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!noCache && !noDaemon) {
            boolean start = daemon && BuildClient.mayStart(System.getenv());
            if (daemon && !start && level != Verbosity.Level.QUIET) {
                err.println("tagungsband: CI=true: no build server is started; building in this process");
            }
            Optional<Integer> code = new BuildClient(Program.identity()).build(request, out, err, start);
            if (code.isPresent()) {
                return code.get();
            }
        }
        BuildOptions options = folders.toOptions(drafts);
        options = noProceedings ? options.withoutProceedings() : options;
        BuildResult result = Tagungsband.build(noCache ? options.withoutCache() : options,
                new ProgressPrinter(err, level, texts));
        int code = report(request, result, out, err, texts);
        if (code == 0 && !noCache && !noDaemon && !daemon && noProceedings
                && BuildClient.startsAfter(result.records(), System.getenv())
                && new BuildClient(Program.identity()).startAfter(request, err) && level != Verbosity.Level.QUIET) {
            err.println("tagungsband: a build server now keeps this archive in memory, so that the next builds into "
                    + request.outShown() + " redo only what changed (about a second). It stops after "
                    + BuildClient.DEFAULT_IDLE_MINUTES / 60 + " hours without a build; 'tagungsband daemon --stop' "
                    + "stops it, --no-daemon builds without it, TAGUNGSBAND_DAEMON=0 starts none.");
        }
        return code;
    }

    /** Prints the diagnostics and the summary of a build (in this process or a build server) and returns its code. */
    static int report(BuildRequest request, BuildResult result, PrintWriter out, PrintWriter err) {
        return report(request, result, out, err, Texts.german());
    }

    static int report(BuildRequest request, BuildResult result, PrintWriter out, PrintWriter err, Texts texts) {
        Report.diagnostics(result, Path.of(request.contentShown()), err, request.level(), texts);
        if (result.hasErrors()) {
            return 1;
        }
        if (request.level() != Verbosity.Level.QUIET) {
            result.written().ifPresent(w -> out.println(texts.get("build.done", result.pages(), result.records(),
                    Report.seconds(result, texts), request.outShown(), w.written(), w.unchanged(), w.removed())));
        }
        out.flush();
        return 0;
    }
}
