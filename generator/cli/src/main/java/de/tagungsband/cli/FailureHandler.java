package de.tagungsband.cli;

import de.tagungsband.UsageException;
import de.tagungsband.publish.PartlyPublished;
import de.tagungsband.i18n.Texts;
import picocli.CommandLine;

import java.io.PrintWriter;

/** Maps failures to exit codes: a usage problem (missing folder) is 2, anything else unexpected is 3. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    static final int USAGE = 2;
    static final int FAILURE = 3;

    private final Texts texts;

    FailureHandler(Texts texts) {
        this.texts = texts;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        return report(e, commandLine.getErr(), commandLine.getCommandSpec().qualifiedName(), texts);
    }

    /** Prints what went wrong with {@code command} and returns the exit code. */
    static int report(Exception e, PrintWriter err, String command, Texts texts) {
        err.println("tagungsband: " + texts.resolve(e.getMessage()));
        if (e instanceof UsageException) {
            err.println(texts.get("usage.seeHelp", command));
            err.flush();
            return USAGE;
        }
        if (e instanceof PartlyPublished) {
            err.println(texts.get("failure.partlyPublished"));
        } else if (e instanceof java.io.UncheckedIOException) {
            err.println(texts.get("failure.nothingPublished"));
        }
        if (System.getenv("TAGUNGSBAND_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println(texts.get("failure.debug"));
        }
        err.flush();
        return FAILURE;
    }
}
