package de.tagungsband.cli;

import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * What the command-line tests share: a folder of their own, and runs of {@link Main} whose output and errors are
 * kept (all runs of a test one after another) to be read as an editor would read them in the terminal.
 */
abstract class CommandLineRun {

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
