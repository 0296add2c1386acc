package de.tagungsband.cli;

import de.tagungsband.BuildOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The folders every command takes. */
final class FolderOptions {

    @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})",
            defaultValue = "content")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", description = "templates folder (default: ${DEFAULT-VALUE})",
            defaultValue = "templates")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder, replaced when the build succeeds "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "site")
    Path out;

    BuildOptions toOptions(boolean drafts) {
        return new BuildOptions(content, templates, out, drafts);
    }
}
