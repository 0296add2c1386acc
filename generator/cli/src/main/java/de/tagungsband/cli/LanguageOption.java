package de.tagungsband.cli;

import picocli.CommandLine.Option;

/**
 * {@code --lang de|en} on every command. {@link Main} reads it from the arguments before picocli parses them (help and
 * usage errors come before any command runs); this option only lets picocli accept it.
 */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "de|en", descriptionKey = "option.lang")
    String lang;

    static String given(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        return null;
    }
}
