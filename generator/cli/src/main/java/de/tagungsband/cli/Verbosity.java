package de.tagungsband.cli;

import de.tagungsband.UsageException;
import de.tagungsband.i18n.Text;
import picocli.CommandLine.Option;

/** {@code --quiet} and {@code --verbose}, shared by build, check and serve. */
final class Verbosity {

    enum Level { QUIET, NORMAL, VERBOSE }

    @Option(names = {"-q", "--quiet"}, descriptionKey = "option.quiet")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, descriptionKey = "option.verbose")
    boolean verbose;

    Level level() {
        if (quiet && verbose) {
            throw new UsageException(Text.of("usage.quietVerbose"));
        }
        return quiet ? Level.QUIET : verbose ? Level.VERBOSE : Level.NORMAL;
    }
}
