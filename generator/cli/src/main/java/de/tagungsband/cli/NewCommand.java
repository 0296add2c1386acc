package de.tagungsband.cli;

import de.tagungsband.i18n.Texts;
import de.tagungsband.scaffold.Scaffold;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** {@code tagungsband new event|session}: writes a new record with every field explained; never overwrites. */
@Command(name = "new", mixinStandardHelpOptions = true)
final class NewCommand extends EditorCommand {

    NewCommand(Texts texts) {
        super(texts);
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), texts.get("new.what"));
    }

    /** Adds {@code event} and {@code session}, which need the run's texts. */
    static CommandLine withSubcommands(Texts texts) {
        CommandLine line = new CommandLine(new NewCommand(texts));
        line.addSubcommand("event", new Event(texts));
        line.addSubcommand("session", new Session(texts));
        return line;
    }

    @Command(name = "event", mixinStandardHelpOptions = true)
    static final class Event extends EditorCommand {
        @Parameters(index = "0", paramLabel = "TITEL", descriptionKey = "param.event.title")
        String title;

        @Option(names = "--date", required = true, paramLabel = "JJJJ-MM-TT", descriptionKey = "option.date")
        String date;

        @CommandLine.Mixin
        ContentOption content;

        Event(Texts texts) {
            super(texts);
        }

        @Override
        public Integer call() {
            Path file = Scaffold.newEvent(content.content, title, date);
            out().println(texts.get("new.eventCreated", file, file.getParent().getFileName()));
            return 0;
        }
    }

    @Command(name = "session", mixinStandardHelpOptions = true)
    static final class Session extends EditorCommand {
        @Parameters(index = "0", paramLabel = "ORDNER", descriptionKey = "param.session.event")
        String eventFolder;

        @Parameters(index = "1", paramLabel = "TITEL", descriptionKey = "param.session.title")
        String title;

        @CommandLine.Mixin
        ContentOption content;

        Session(Texts texts) {
            super(texts);
        }

        @Override
        public Integer call() {
            Path file = Scaffold.newSession(content.content, eventFolder, title);
            out().println(texts.get("new.sessionCreated", file));
            return 0;
        }
    }
}
