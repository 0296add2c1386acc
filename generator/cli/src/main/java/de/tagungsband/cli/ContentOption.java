package de.tagungsband.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --content}: the content folder, on every command that reads or writes records. */
final class ContentOption {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", descriptionKey = "option.content")
    Path content;
}
