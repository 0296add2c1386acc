package de.tagungsband.cli;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.Tagungsband;
import de.tagungsband.i18n.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
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

    @Option(names = "--force", description = "build into an output folder that holds files tagungsband did not write "
            + "(they are kept; only the files of the site are replaced)")
    boolean force;

    @Spec
    CommandSpec spec;

    private final Texts texts;

    BuildCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Integer call() {
        Verbosity.Level level = verbosity.level();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildOptions options = folders.toOptions(drafts);
        options = (noProceedings ? options.withoutProceedings() : options).withForce(force);
        BuildResult result = Tagungsband.build(noCache ? options.withoutCache() : options,
                new ProgressPrinter(err, level, texts));
        Report.diagnostics(result, folders.content, err, level, texts);
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
