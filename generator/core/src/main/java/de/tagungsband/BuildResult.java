package de.tagungsband;

import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.i18n.Texts;
import de.tagungsband.publish.WriteSummary;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of a build or check.
 *
 * @param diagnostics every mistake found, sorted by file and line
 * @param pages number of HTML pages produced (0 for a check or a failed build)
 * @param written what the build changed in the output folder; empty when nothing was written
 * @param drafts records left out because they are drafts (relative to the content folder, sorted)
 */
public record BuildResult(List<Diagnostic> diagnostics, int records, int pages, Optional<WriteSummary> written,
                          Duration elapsed, List<Path> drafts) {

    public BuildResult {
        drafts = List.copyOf(drafts);
    }

    public BuildResult(List<Diagnostic> diagnostics, int records, int pages, Optional<WriteSummary> written,
                       Duration elapsed) {
        this(diagnostics, records, pages, written, elapsed, List.of());
    }

    /** How many drafts are named in the line about them; the rest are counted. */
    private static final int DRAFTS_NAMED = 6;

    /**
     * One line naming the drafts the build left out ("2 Entwürfe nicht veröffentlicht: a.md, b.md"), so that an
     * editor sees why a session is missing from the archive; empty when there are none.
     */
    public Optional<String> draftsLine(Texts texts) {
        if (drafts.isEmpty()) {
            return Optional.empty();
        }
        String named = drafts.stream().limit(DRAFTS_NAMED).map(p -> p.toString().replace('\\', '/'))
                .collect(Collectors.joining(", "));
        if (drafts.size() > DRAFTS_NAMED) {
            named += " " + texts.get("build.drafts.more", drafts.size() - DRAFTS_NAMED);
        }
        return Optional.of(texts.get(drafts.size() == 1 ? "build.drafts.one" : "build.drafts.many", drafts.size(), named));
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }
}
