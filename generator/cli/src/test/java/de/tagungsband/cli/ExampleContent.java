package de.tagungsband.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's example content, which the command-line tests copy to change or build it. */
final class ExampleContent {

    /** The repository's root (the Maven build names it; else two folders up from the module). */
    static final Path REPO = Path.of(System.getProperty("tagungsband.repo", "../..")).toAbsolutePath().normalize();

    private ExampleContent() {
    }

    /** Copies the example's content folder to {@code target} and returns it. */
    static Path copyTo(Path target) throws IOException {
        Path source = REPO.resolve("content");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
