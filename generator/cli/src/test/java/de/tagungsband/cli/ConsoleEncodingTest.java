package de.tagungsband.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Umlauts reach the console as umlauts, also when no LANG tells Java which encoding the console has. */
class ConsoleEncodingTest {

    @TempDir
    Path dir;

    @Test
    void withoutLangTheMessagesAreWrittenInUtf8() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", "--content", dir.resolve("fehlt").toString()).directory(dir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG")
                || name.equals("LANGUAGE") || name.startsWith("JAVA_TOOL") || name.startsWith("_JAVA"));
        Process process = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String said = new String(err, StandardCharsets.UTF_8);
        assertTrue(said.contains("Den Ordner") && said.contains("enthält"), said);
        assertFalse(said.contains("?"), said);
    }

    @Test
    void anEncodingWithoutUmlautsIsReplacedOneWithThemIsKept() {
        assertFalse(ConsoleEncoding.writesUmlauts(Optional.of("ANSI_X3.4-1968")));
        assertFalse(ConsoleEncoding.writesUmlauts(Optional.of("US-ASCII")));
        assertFalse(ConsoleEncoding.writesUmlauts(Optional.empty()));
        assertFalse(ConsoleEncoding.writesUmlauts(Optional.of("kein-zeichensatz")));
        for (String kept : List.of("UTF-8", "Cp850", "windows-1252", "ISO-8859-15")) {
            assertTrue(ConsoleEncoding.writesUmlauts(Optional.of(kept)), kept);
        }
    }
}
