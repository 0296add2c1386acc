package de.tagungsband.cli;

import de.tagungsband.BuildResult;
import de.tagungsband.Tagungsband;
import de.tagungsband.i18n.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    @Mixin
    FolderOptions folders;

    @Mixin
    Verbosity verbosity;

    @Mixin
    LanguageOption language;

    @Option(names = "--drafts", descriptionKey = "option.check.drafts")
    boolean drafts;

    @Option(names = "--strict", descriptionKey = "option.strict")
    boolean strict;

    @Spec
    CommandSpec spec;

    private final Texts texts;

    CheckCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Integer call() {
        Verbosity.Level level = verbosity.level();
        BuildResult result = Tagungsband.check(folders.toOptions(drafts),
                new ProgressPrinter(spec.commandLine().getErr(), level, texts));
        Report.diagnostics(result, folders.content, spec.commandLine().getErr(), level, texts);
        if (result.hasErrors()) {
            return 1;
        }
        if (strict && result.warningCount() > 0) {
            spec.commandLine().getErr().println(texts.get("check.strict", result.warningCount()));
            return 1;
        }
        if (level != Verbosity.Level.QUIET) {
            spec.commandLine().getOut().println(texts.get("check.done", result.records(),
                    Report.seconds(result, texts), result.warningCount()));
        }
        return 0;
    }
}
