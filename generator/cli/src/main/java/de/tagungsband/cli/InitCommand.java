package de.tagungsband.cli;

import de.tagungsband.i18n.Texts;
import de.tagungsband.scaffold.Scaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code tagungsband init [ORDNER]}: a new archive that builds at once, with every field explained. */
@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ORDNER", defaultValue = ".", descriptionKey = "param.init.folder")
    Path folder;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    private final Texts texts;

    InitCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Integer call() {
        Path session = Scaffold.init(folder, LocalDate.now());
        Path content = session.getParent().getParent();
        String cd = folder.toString().equals(".") ? "" : texts.get("init.cd", folder);
        spec.commandLine().getOut().println(texts.get("init.done", content, session.getParent().resolve("event.md"),
                session, cd));
        return 0;
    }
}
