package de.tagungsband.cli;

import de.tagungsband.BuildOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The folders a build reads: {@code --content} and {@code --templates} (build, check and serve). */
final class FolderOptions {

    @Mixin
    ContentOption content;

    @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "option.templates")
    Path templates;

    Path content() {
        return content.content;
    }

    /** The options of a build from these folders into {@code out}. */
    BuildOptions.Builder toOptions(Path out) {
        return BuildOptions.builder(content(), out).templates(templatesOrDefault());
    }

    /** The folder given, else ./templates when it exists, else null: the built-in templates. */
    private Path templatesOrDefault() {
        if (templates != null) {
            return templates;
        }
        Path local = Path.of("templates");
        return Files.isDirectory(local) ? local : null;
    }
}
