package de.tagungsband.cli;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.Tagungsband;
import de.tagungsband.i18n.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
@Command(name = "build", mixinStandardHelpOptions = true)
final class BuildCommand extends EditorCommand {

    @Mixin
    FolderOptions folders;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--drafts", descriptionKey = "option.build.drafts")
    boolean drafts;

    @Option(names = "--no-proceedings", descriptionKey = "option.noProceedings")
    boolean noProceedings;

    @Option(names = "--no-cache", descriptionKey = "option.noCache")
    boolean noCache;

    @Option(names = "--force", description = "build into an output folder that holds files tagungsband did not write "
            + "(they are kept; only the files of the site are replaced)")
    boolean force;

    BuildCommand(Texts texts) {
        super(texts);
    }

    @Override
    public Integer call() {
        Verbosity.Level level = verbosity.level();
        PrintWriter out = out();
        PrintWriter err = err();
        BuildOptions options = folders.toOptions().drafts(drafts).proceedings(!noProceedings).cache(!noCache)
                .force(force).build();
        BuildResult result = Tagungsband.build(options, new ProgressPrinter(err, level, texts));
        Report.diagnostics(result, folders.content(), err, level, texts);
        if (result.hasErrors()) {
            return 1;
        }
        if (level != Verbosity.Level.QUIET) {
            result.written().ifPresent(w -> out.println(texts.get("build.done", result.pages(), result.records(),
                    Report.seconds(result, texts), folders.out, w.written(), w.unchanged(), w.removed())));
            result.draftsLine(texts).ifPresent(out::println);
        }
        out.flush();
        return 0;
    }
}
