package de.tagungsband.cli;

import de.tagungsband.BuildResult;
import de.tagungsband.Tagungsband;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the content and reports every mistake as path:line; writes nothing.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    FolderOptions folders;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildResult result = Tagungsband.check(folders.toOptions(false));
        Report.diagnostics(result, folders.content, spec.commandLine().getErr());
        if (result.hasErrors()) {
            return 1;
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "Checked %d records in %s: no errors, %d warning(s)%n",
                result.records(), Report.seconds(result), result.warningCount());
        return 0;
    }
}
