package de.tagungsband.cli;

import de.tagungsband.BuildResult;
import de.tagungsband.Tagungsband;
import de.tagungsband.i18n.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand extends EditorCommand {

    @Mixin
    FolderOptions folders;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--drafts", descriptionKey = "option.check.drafts")
    boolean drafts;

    @Option(names = "--strict", descriptionKey = "option.strict")
    boolean strict;

    CheckCommand(Texts texts) {
        super(texts);
    }

    @Override
    public Integer call() {
        Verbosity.Level level = verbosity.level();
        BuildResult result = Tagungsband.check(folders.toOptions().drafts(drafts).build(),
                new ProgressPrinter(err(), level, texts));
        Report.diagnostics(result, folders.content(), err(), level, texts);
        if (result.hasErrors()) {
            return 1;
        }
        if (strict && result.warningCount() > 0) {
            err().println(texts.get("check.strict", result.warningCount()));
            return 1;
        }
        if (level != Verbosity.Level.QUIET) {
            out().println(texts.get("check.done", result.records(),
                    Report.seconds(result, texts), result.warningCount()));
        }
        return 0;
    }
}
