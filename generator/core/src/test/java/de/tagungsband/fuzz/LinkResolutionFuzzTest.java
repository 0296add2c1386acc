package de.tagungsband.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.model.ContentFiles;
import de.tagungsband.model.RelativeUrls;
import de.tagungsband.record.Located;
import de.tagungsband.source.ContentSources;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reference written in a record never resolves to anything outside the content folder's files. */
class LinkResolutionFuzzTest {

    private static final Set<Path> FILES = Set.of(Path.of("2020-a/x.md"), Path.of("2020-a/images/b.png"),
            Path.of("2019-b/y.md"), Path.of("site.yaml"));
    private static final ContentSources SOURCES = new ContentSources(Path.of("/content"), Optional.empty(),
            Optional.empty(), List.of(), FILES);

    @FuzzTest(maxDuration = "20s")
    void referencesResolveOnlyToContentFiles(FuzzedDataProvider data) {
        String reference = data.consumeRemainingAsString();
        Optional<Path> resolved = ContentFiles.resolve(SOURCES, Path.of("2020-a"), new Located<>(reference, 1),
                Path.of("2020-a/x.md"), "link", new Diagnostics());
        resolved.ifPresent(p -> assertTrue(FILES.contains(p), () -> reference + " resolved to " + p));
    }

    @FuzzTest(maxDuration = "20s")
    void relativeUrlsLeadToTheirTarget(FuzzedDataProvider data) {
        List<String> segments = List.of("2021", "x", "s", "personen", "a", "themen", "assets");
        String from = path(data, segments, true);
        String to = path(data, segments, data.consumeBoolean());
        String relative = RelativeUrls.between(from, to);
        URI base = URI.create("https://h/" + from + (from.isEmpty() || from.endsWith("/") ? "" : ""));
        String expected = "https://h/" + (to.isEmpty() || to.endsWith("/") ? to + "index.html" : to);
        assertEquals(expected, base.resolve(relative).toString(), () -> from + " → " + to + " = " + relative);
    }

    private static String path(FuzzedDataProvider data, List<String> segments, boolean folder) {
        int depth = data.consumeInt(0, 4);
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            path.append(data.pickValue(segments)).append('/');
        }
        if (!folder) {
            path.append(data.pickValue(List.of("a.svg", "style.css", "b.pdf")));
        }
        return path.toString();
    }
}
