package de.tagungsband.cli;

import de.tagungsband.BuildOptions;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The folders every command takes. */
final class FolderOptions {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", descriptionKey = "option.content")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "option.templates")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site", descriptionKey = "option.out")
    Path out;

    BuildOptions toOptions(boolean drafts) {
        return BuildOptions.builder(content, out).templates(templatesOrDefault()).drafts(drafts).build();
    }

    /** The folder given, else ./templates when it exists, else null: the built-in templates. */
    Path templatesOrDefault() {
        return templatesOrDefault(templates);
    }

    static Path templatesOrDefault(Path templates) {
        if (templates != null) {
            return templates;
        }
        Path local = Path.of("templates");
        return Files.isDirectory(local) ? local : null;
    }
}
