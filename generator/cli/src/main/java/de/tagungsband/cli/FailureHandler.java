package de.tagungsband.cli;

import de.tagungsband.UsageException;
import picocli.CommandLine;

/** Maps failures to exit codes: a usage problem (missing folder) is 2, anything else unexpected is 3. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    static final int USAGE = 2;
    static final int FAILURE = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println("tagungsband: " + e.getMessage());
        if (e instanceof UsageException) {
            commandLine.getErr().println("Run 'tagungsband " + commandLine.getCommandName() + " --help' for the options.");
            return USAGE;
        }
        if (e instanceof java.io.UncheckedIOException) {
            commandLine.getErr().println("Nothing was published: the previous output folder is unchanged.");
        }
        if (System.getenv("TAGUNGSBAND_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        }
        return FAILURE;
    }
}
