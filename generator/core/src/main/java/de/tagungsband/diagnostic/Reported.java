package de.tagungsband.diagnostic;

import java.util.List;
import java.util.function.Function;

/**
 * A result with what making it reported, so that a build that takes the result from an earlier one (a cached
 * record or body) reports the same warnings and errors again.
 */
public record Reported<T>(T value, List<Diagnostic> diagnostics) {

    public Reported {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Runs {@code work} with diagnostics of its own and keeps them with the result. */
    public static <T> Reported<T> of(Function<Diagnostics, T> work) {
        Diagnostics own = new Diagnostics();
        T value = work.apply(own);
        return new Reported<>(value, own.sorted());
    }

    /** Reports the diagnostics into {@code diagnostics} and returns the result. */
    public T reportTo(Diagnostics diagnostics) {
        this.diagnostics.forEach(diagnostics::add);
        return value;
    }
}
