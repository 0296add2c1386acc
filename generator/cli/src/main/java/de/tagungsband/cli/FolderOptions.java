package de.tagungsband.cli;

import de.tagungsband.BuildOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The folders of build and check: {@code --content}, {@code --templates} and {@code --out}. */
final class FolderOptions {

    @Mixin
    ContentOption content;

    @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "option.templates")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site", descriptionKey = "option.out")
    Path out;

    Path content() {
        return content.content;
    }

    /** The options of a build from these folders. */
    BuildOptions.Builder toOptions() {
        return toOptions(content(), templates, out);
    }

    /** The options of a build from {@code content} into {@code out}, with the templates as {@link #templates}. */
    static BuildOptions.Builder toOptions(Path content, Path templates, Path out) {
        return BuildOptions.builder(content, out).templates(templatesOrDefault(templates));
    }

    /** The folder given, else ./templates when it exists, else null: the built-in templates. */
    private static Path templatesOrDefault(Path templates) {
        if (templates != null) {
            return templates;
        }
        Path local = Path.of("templates");
        return Files.isDirectory(local) ? local : null;
    }
}
