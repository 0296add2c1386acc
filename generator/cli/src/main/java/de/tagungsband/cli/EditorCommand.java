package de.tagungsband.cli;

import de.tagungsband.i18n.Texts;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * What every command has: {@code --lang}, the run's texts (German or English) and the console it answers on.
 * picocli reads the options and the spec of this class for each command that extends it.
 */
abstract class EditorCommand implements Callable<Integer> {

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    final Texts texts;

    EditorCommand(Texts texts) {
        this.texts = texts;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
