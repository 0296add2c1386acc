package de.tagungsband.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Messages are German: without {@code LANG} (a cron job, a bare container, ssh without a locale) Java writes to the
 * console in ASCII and every umlaut arrives as "?". Then the console gets UTF-8 instead. An encoding that can write
 * umlauts (a Windows console's cp850, UTF-8 from the launchers) is kept: the console shows it as it expects.
 */
final class ConsoleEncoding {

    private ConsoleEncoding() {
    }

    /** Points System.out and System.err at the console in {@link #chosen()} (Java 17 writes in file.encoding otherwise). */
    static Charset useOneThatWritesUmlauts() {
        Charset charset = chosen();
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset));
        return charset;
    }

    /** The console's own encoding when it can write umlauts, UTF-8 otherwise. */
    static Charset chosen() {
        Optional<String> current = current();
        return writesUmlauts(current) ? Charset.forName(current.get()) : StandardCharsets.UTF_8;
    }

    /** The console's encoding as Java chose it (stdout.encoding since Java 19, sun.stdout.encoding before). */
    static Optional<String> current() {
        return Stream.of("stdout.encoding", "sun.stdout.encoding", "native.encoding", "file.encoding")
                .map(System::getProperty).filter(e -> e != null && !e.isBlank()).findFirst();
    }

    static boolean writesUmlauts(Optional<String> encoding) {
        try {
            return encoding.map(Charset::forName).map(c -> c.newEncoder().canEncode("äöüß")).orElse(false);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
