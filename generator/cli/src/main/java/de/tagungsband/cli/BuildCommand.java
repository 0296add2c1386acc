package de.tagungsband.cli;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.Tagungsband;
import de.tagungsband.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the archive into the output folder. On any error in the content the previous "
                + "output stays exactly as it was.",
                "When a build server runs for the output folder (see 'tagungsband daemon'), the build runs there.",
                "An HTML build (--no-proceedings) of " + BuildClient.START_AFTER_RECORDS + " records or more starts "
                        + "one for the next builds (not when CI=true or TAGUNGSBAND_DAEMON=0)."})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    FolderOptions folders;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--drafts", description = "also build records marked draft: true")
    boolean drafts;

    @Option(names = "--no-proceedings", description = "leave out the PDF proceedings volumes (the HTML archive "
            + "alone; pages then name no volume)")
    boolean noProceedings;

    @Option(names = "--no-cache", description = "build everything from scratch: neither reuse nor keep what builds "
            + "remember beside the output folder (.site.cache for site); no build server")
    boolean noCache;

    @Option(names = "--force", description = "build into an output folder that holds files tagungsband did not write "
            + "(they are kept; only the files of the site are replaced); builds in this process")
    boolean force;

    @Option(names = "--daemon", description = "build through the build server of the output folder, and start one "
            + "when none runs (never when CI=true): later builds start from this one in memory")
    boolean daemon;

    @Option(names = "--no-daemon", description = "build in this process, even when a build server runs")
    boolean noDaemon;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (daemon && (noDaemon || noCache || force)) {
            throw new UsageException("--daemon excludes " + (noDaemon ? "--no-daemon" : noCache ? "--no-cache" : "--force"));
        }
        Verbosity.Level level = verbosity.level();
        BuildRequest request = BuildRequest.of(folders, drafts, !noProceedings, level);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!noCache && !noDaemon && !force) {
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
        options = (noProceedings ? options.withoutProceedings() : options).withForce(force);
        BuildResult result = Tagungsband.build(noCache ? options.withoutCache() : options,
                new ProgressPrinter(err, level));
        int code = report(request, result, out, err);
        if (code == 0 && !noCache && !noDaemon && !daemon && !force && noProceedings
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
        Report.diagnostics(result, Path.of(request.contentShown()), err, request.level());
        if (result.hasErrors()) {
            return 1;
        }
        if (request.level() != Verbosity.Level.QUIET) {
            result.written().ifPresent(w -> out.printf(Locale.ROOT,
                    "Built %d pages from %d records in %s into %s (%d files written, %d unchanged, %d removed)%n",
                    result.pages(), result.records(), Report.seconds(result), request.outShown(), w.written(),
                    w.unchanged(), w.removed()));
        }
        out.flush();
        return 0;
    }
}
