package de.tagungsband.cli;

import de.tagungsband.cache.Inputs;
import de.tagungsband.digest.Fingerprint;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** This program's identity: its version and its code (the jar's path, size and time), to tell another build apart. */
final class Program {

    private Program() {
    }

    static String identity() {
        Fingerprint code = Inputs.program();
        try {
            code = code.combine(Inputs.folders(List.of(Path.of(
                    Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()))));
        } catch (URISyntaxException | SecurityException e) {
            code = Fingerprint.of(String.valueOf(System.nanoTime())); // unknown code: never equal
        }
        return new Version().getVersion()[0] + " " + String.format("%016x%016x", code.high(), code.low());
    }
}
