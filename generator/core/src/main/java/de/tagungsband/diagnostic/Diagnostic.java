package de.tagungsband.diagnostic;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One mistake found in the content, at a file and line, with the fix an editor can apply.
 *
 * @param file the file, relative to the content folder
 * @param line 1-based line, or 0 when the mistake concerns the whole file
 */
public record Diagnostic(Severity severity, Path file, int line, String message, String hint) {

    public enum Severity { ERROR, WARNING }

    public static final Comparator<Diagnostic> BY_LOCATION = Comparator
            .comparing((Diagnostic d) -> d.file().toString().replace('\\', '/'))
            .thenComparingInt(Diagnostic::line)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(Path file, int line, String message, String hint) {
        return new Diagnostic(Severity.ERROR, file, line, message, hint);
    }

    public static Diagnostic warning(Path file, int line, String message, String hint) {
        return new Diagnostic(Severity.WARNING, file, line, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line: error: message. Fix: hint}, with {@code path} shown below {@code shownRoot}. */
    public String format(Path shownRoot) {
        String where = shownRoot.resolve(file).normalize().toString().replace('\\', '/');
        String kind = severity == Severity.ERROR ? "error" : "warning";
        StringBuilder out = new StringBuilder(where).append(':').append(Math.max(line, 1)).append(": ")
                .append(kind).append(": ").append(message);
        if (hint != null && !hint.isBlank()) {
            out.append(". Fix: ").append(hint);
        }
        return out.toString();
    }
}
