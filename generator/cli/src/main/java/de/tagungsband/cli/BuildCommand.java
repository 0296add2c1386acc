package de.tagungsband.cli;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.Tagungsband;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the archive into the output folder. On any error in the content the previous output "
                + "stays exactly as it was.")
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
            + "remember beside the output folder (.site.cache for site)")
    boolean noCache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Verbosity.Level level = verbosity.level();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildOptions options = folders.toOptions(drafts);
        options = noProceedings ? options.withoutProceedings() : options;
        BuildResult result = Tagungsband.build(noCache ? options.withoutCache() : options,
                new ProgressPrinter(err, level));
        Report.diagnostics(result, folders.content, err, level);
        if (result.hasErrors()) {
            return 1;
        }
        if (level != Verbosity.Level.QUIET) {
            result.written().ifPresent(w -> out.printf(Locale.ROOT,
                    "Built %d pages from %d records in %s into %s (%d files written, %d unchanged, %d removed)%n",
                    result.pages(), result.records(), Report.seconds(result), folders.out, w.written(),
                    w.unchanged(), w.removed()));
        }
        out.flush();
        return 0;
    }
}
