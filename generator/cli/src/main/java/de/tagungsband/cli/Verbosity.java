package de.tagungsband.cli;

import de.tagungsband.UsageException;
import picocli.CommandLine.Option;

/** {@code --quiet} and {@code --verbose}, shared by build, check and serve. */
final class Verbosity {

    enum Level { QUIET, NORMAL, VERBOSE }

    @Option(names = {"-q", "--quiet"}, description = "print only errors")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "also print the time each stage took")
    boolean verbose;

    Level level() {
        if (quiet && verbose) {
            throw new UsageException("--quiet and --verbose exclude each other: give one of them");
        }
        return quiet ? Level.QUIET : verbose ? Level.VERBOSE : Level.NORMAL;
    }
}
