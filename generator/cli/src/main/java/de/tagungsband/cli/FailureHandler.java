package de.tagungsband.cli;

import de.tagungsband.UsageException;
import picocli.CommandLine;

import java.io.PrintWriter;

/** Maps failures to exit codes: a usage problem (missing folder) is 2, anything else unexpected is 3. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    static final int USAGE = 2;
    static final int FAILURE = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        return report(e, commandLine.getErr(), commandLine.getCommandName());
    }

    /** Prints what went wrong with {@code command} and returns the exit code. */
    static int report(Exception e, PrintWriter err, String command) {
        err.println("tagungsband: " + e.getMessage());
        if (e instanceof UsageException) {
            err.println("Run 'tagungsband " + command + " --help' for the options.");
            return USAGE;
        }
        if (e instanceof java.io.UncheckedIOException) {
            err.println("Nothing was published: the previous output folder is unchanged.");
        }
        if (System.getenv("TAGUNGSBAND_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return FAILURE;
    }
}
