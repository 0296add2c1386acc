package de.tagungsband.cli;

import de.tagungsband.BuildOptions;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The folders every command takes. */
final class FolderOptions {

    @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})",
            defaultValue = "content")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", description = "templates folder (default: templates, or the "
            + "templates built into tagungsband when there is no such folder)")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder, replaced when the build succeeds "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "site")
    Path out;

    BuildOptions toOptions(boolean drafts) {
        return new BuildOptions(content, templatesOrDefault(), out, drafts);
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
