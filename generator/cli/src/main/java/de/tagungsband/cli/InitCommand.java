package de.tagungsband.cli;

import de.tagungsband.i18n.Texts;
import de.tagungsband.scaffold.Scaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;

/** {@code tagungsband init [ORDNER]}: a new archive that builds at once, with every field explained. */
@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand extends EditorCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ORDNER", defaultValue = ".", descriptionKey = "param.init.folder")
    Path folder;

    InitCommand(Texts texts) {
        super(texts);
    }

    @Override
    public Integer call() {
        Path session = Scaffold.init(folder, LocalDate.now());
        Path content = session.getParent().getParent();
        String cd = folder.toString().equals(".") ? "" : texts.get("init.cd", folder);
        out().println(texts.get("init.done", content, session.getParent().resolve("event.md"),
                session, cd));
        return 0;
    }
}
