package de.tagungsband.diagnostic;

import de.tagungsband.i18n.Text;
import de.tagungsband.i18n.Texts;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One mistake found in the content, at a file and line, with the fix an editor can apply.
 *
 * @param file the file, relative to the content folder
 * @param line 1-based line, or 0 when the mistake concerns the whole file
 * @param message what is wrong: an {@link Text#encoded() encoded text}, shown in the language of the run, or (not
 *                yet moved into the bundles) a plain string shown as it is
 * @param hint how to fix it, the same way; may be null or blank
 */
public record Diagnostic(Severity severity, Path file, int line, String message, String hint) {

    public enum Severity { ERROR, WARNING }

    public static final Comparator<Diagnostic> BY_LOCATION = Comparator
            .comparing((Diagnostic d) -> d.file().toString().replace('\\', '/'))
            .thenComparingInt(Diagnostic::line)
            .thenComparing((Diagnostic d) -> d.message());

    public static Diagnostic error(Path file, int line, String message, String hint) {
        return new Diagnostic(Severity.ERROR, file, line, message, hint);
    }

    public static Diagnostic warning(Path file, int line, String message, String hint) {
        return new Diagnostic(Severity.WARNING, file, line, message, hint);
    }

    public static Diagnostic error(Path file, int line, Text message, Text hint) {
        return error(file, line, message.encoded(), hint == null ? null : hint.encoded());
    }

    public static Diagnostic warning(Path file, int line, Text message, Text hint) {
        return warning(file, line, message.encoded(), hint == null ? null : hint.encoded());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message in the language of {@code texts}. */
    public String message(Texts texts) {
        return texts.resolve(message);
    }

    /** The fix in the language of {@code texts}, or "" when there is none. */
    public String hint(Texts texts) {
        return hint == null ? "" : texts.resolve(hint);
    }

    /** {@code path:line: error: message. Fix: hint} in English, with {@code path} shown below {@code shownRoot}. */
    public String format(Path shownRoot) {
        return format(shownRoot, Texts.of("en"));
    }

    /** {@code path:line: error: message. Fix: hint} in the language of {@code texts}. */
    public String format(Path shownRoot, Texts texts) {
        String where = shownRoot.resolve(file).normalize().toString().replace('\\', '/');
        String kind = texts.get(severity == Severity.ERROR ? "diagnostic.error" : "diagnostic.warning");
        StringBuilder out = new StringBuilder(where).append(':').append(Math.max(line, 1)).append(": ")
                .append(kind).append(": ").append(message(texts));
        String fix = hint(texts);
        if (!fix.isBlank()) {
            out.append(". ").append(texts.get("diagnostic.fix")).append(": ").append(fix);
        }
        return out.toString();
    }

    /** The diagnostic as the English command line shows it (for test failures and logs). */
    @Override
    public String toString() {
        return format(Path.of(""));
    }
}
