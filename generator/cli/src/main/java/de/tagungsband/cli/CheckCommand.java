package de.tagungsband.cli;

import de.tagungsband.BuildResult;
import de.tagungsband.Tagungsband;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the content and reports every mistake as path:line; writes nothing.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    FolderOptions folders;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--drafts", description = "also check the links and ids of records marked draft: true")
    boolean drafts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Verbosity.Level level = verbosity.level();
        BuildResult result = Tagungsband.check(folders.toOptions(drafts),
                new ProgressPrinter(spec.commandLine().getErr(), level));
        Report.diagnostics(result, folders.content, spec.commandLine().getErr(), level);
        if (result.hasErrors()) {
            return 1;
        }
        if (level != Verbosity.Level.QUIET) {
            spec.commandLine().getOut().printf(Locale.ROOT, "Checked %d records in %s: no errors, %d warning(s)%n",
                    result.records(), Report.seconds(result), result.warningCount());
        }
        return 0;
    }
}
