package de.tagungsband.diagnostic;

import de.tagungsband.i18n.Text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Collects diagnostics from every stage, also from parallel workers, so that all mistakes are reported at once. */
public final class Diagnostics {

    private final ConcurrentLinkedQueue<Diagnostic> collected = new ConcurrentLinkedQueue<>();

    public void add(Diagnostic diagnostic) {
        collected.add(diagnostic);
    }


    public void error(Path file, int line, Text message, Text hint) {
        add(Diagnostic.error(file, line, message, hint));
    }

    public void warning(Path file, int line, Text message, Text hint) {
        add(Diagnostic.warning(file, line, message, hint));
    }

    public boolean hasErrors() {
        return collected.stream().anyMatch(Diagnostic::isError);
    }

    /** All diagnostics, sorted by file and line, without duplicates. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> all = new ArrayList<>(collected.stream().distinct().toList());
        all.sort(Diagnostic.BY_LOCATION);
        return List.copyOf(all);
    }
}
