package de.tagungsband.wordimport;

import de.tagungsband.UsageException;
import de.tagungsband.i18n.Text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A document as .docx. POI reads only Office Open XML; an OpenDocument text (.odt, .fodt), an old Word file (.doc)
 * or RTF is first converted by LibreOffice ({@code soffice --headless --convert-to docx}, with a profile of its own
 * in a temporary folder, stopped after two minutes) when LibreOffice is installed, else refused with a message
 * that says how to save it as .docx. The temporary folder goes when this is closed.
 */
final class OfficeConversion implements AutoCloseable {

    static final List<String> CONVERTED = List.of("odt", "fodt", "doc", "rtf");
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final Path docx;
    private final Path temporary;

    private OfficeConversion(Path docx, Path temporary) {
        this.docx = docx;
        this.temporary = temporary;
    }

    Path docx() {
        return docx;
    }

    static OfficeConversion toDocx(Path document, ImportReport report) {
        String name = document.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!CONVERTED.contains(extension)) {
            return new OfficeConversion(document, null);
        }
        if (!Files.isRegularFile(document)) {
            throw new UsageException(Text.of("import.fail.missing", document));
        }
        Path soffice = soffice().orElseThrow(() -> new UsageException(Text.of("import.fail.noLibreOffice", name, extension)));
        try {
            Path folder = Files.createTempDirectory("tagungsband-import");
            Path converted = convert(soffice, document, folder, TIMEOUT);
            report.info(ImportReport.DOCUMENT, Text.of("import.converted", name));
            return new OfficeConversion(converted, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** LibreOffice's soffice on the PATH (or where Debian and the LibreOffice packages put it). */
    static Optional<Path> soffice() {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(s -> !s.isEmpty()).map(Path::of).map(p -> p.resolve("soffice"));
        return Stream.concat(onPath, Stream.of(Path.of("/usr/bin/soffice"), Path.of("/usr/lib/libreoffice/program/soffice"),
                Path.of("/opt/libreoffice/program/soffice"))).filter(Files::isExecutable).findFirst();
    }

    /**
     * Converts with headless LibreOffice into {@code folder} and returns the .docx; a conversion that fails or takes
     * longer than {@code timeout} is a {@link UsageException}.
     */
    static Path convert(Path soffice, Path document, Path folder, Duration timeout) throws IOException {
        convertAll(soffice, List.of(document.toAbsolutePath().toString()), folder, timeout);
        String stem = document.getFileName().toString().replaceAll("\\.[^.]*$", "");
        Path docx = folder.resolve(stem + ".docx");
        if (!Files.isRegularFile(docx)) {
            throw new UsageException(Text.of("import.fail.conversion", document.getFileName(),
                    Files.readString(folder.resolve("soffice.log")).strip()));
        }
        return docx;
    }

    /** Converts documents into {@code folder} as .docx, in one run of LibreOffice with a profile of its own there. */
    static void convertAll(Path soffice, List<String> documents, Path folder, Duration timeout) throws IOException {
        Path profile = folder.resolve("libreoffice-profile");
        List<String> command = new java.util.ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore",
                "--nolockcheck", "-env:UserInstallation=" + profile.toUri(), "--convert-to", "docx", "--outdir",
                folder.toString()));
        command.addAll(documents);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile()).start();
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new UsageException(Text.of("import.fail.conversionTimeout", timeout.toSeconds()));
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new UsageException(Text.of("import.fail.conversionInterrupted"));
        }
    }

    @Override
    public void close() {
        if (temporary == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(temporary)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
