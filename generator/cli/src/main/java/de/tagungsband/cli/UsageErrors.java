package de.tagungsband.cli;

import de.tagungsband.i18n.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** A command line picocli cannot parse, said in the run's language, with the help command to read: exit code 2. */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    private final Texts texts;

    UsageErrors(Texts texts) {
        this.texts = texts;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        PrintWriter err = line.getErr();
        err.println("tagungsband: " + message(e));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println(texts.get("usage.didYouMean", String.join(", ", suggestions)));
            }
        }
        err.println(texts.get("usage.seeHelp", line.getCommandSpec().qualifiedName()));
        err.flush();
        return FailureHandler.USAGE;
    }

    private String message(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return texts.get("usage.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            return texts.get("usage.missing", missing.getMissing().stream().map(UsageErrors::name)
                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return texts.get("usage.twice", name(overwritten.getOverwritten()));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return texts.get("usage.badValue", e.getValue(), name(e.getArgSpec()));
        }
        return e.getMessage();
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName() + (option.arity().max() > 0 ? " " + option.paramLabel() : "");
        }
        return ((PositionalParamSpec) arg).paramLabel();
    }
}
