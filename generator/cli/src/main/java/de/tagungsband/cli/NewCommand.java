package de.tagungsband.cli;

import de.tagungsband.scaffold.Scaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code tagungsband new event|session}: writes a new record with every field explained; never overwrites. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Writes a new record with every field present and explained in comments.",
        subcommands = {NewCommand.Event.class, NewCommand.Session.class})
final class NewCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name what to create: event or session");
    }

    static final class ContentOption {
        @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
                description = "content folder (default: ${DEFAULT-VALUE})")
        Path content;
    }

    @Command(name = "event", mixinStandardHelpOptions = true,
            description = "Writes <content>/<year>-<slug of the title>/event.md.")
    static final class Event implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "TITLE", description = "the event's title, in quotes")
        String title;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "the day of the event")
        String date;

        @picocli.CommandLine.Mixin
        ContentOption content;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path file = Scaffold.newEvent(content.content, title, date);
            spec.commandLine().getOut().println("Created " + file + "\nAdd its sessions with: tagungsband new session "
                    + file.getParent().getFileName() + " \"Titel\"");
            return 0;
        }
    }

    @Command(name = "session", mixinStandardHelpOptions = true,
            description = "Writes <event folder>/<slug of the title>.md as a draft at the next free place (order).")
    static final class Session implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "EVENT-FOLDER", description = "the event's folder, e.g. 2021-vom-ankommen-und-bleiben")
        String eventFolder;

        @Parameters(index = "1", paramLabel = "TITLE", description = "the session's title, in quotes")
        String title;

        @picocli.CommandLine.Mixin
        ContentOption content;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path file = Scaffold.newSession(content.content, eventFolder, title);
            spec.commandLine().getOut().println("Created " + file + " (draft: true; see it with: tagungsband serve)");
            return 0;
        }
    }
}
