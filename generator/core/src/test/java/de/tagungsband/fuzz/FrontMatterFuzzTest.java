package de.tagungsband.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.record.RecordReader;
import de.tagungsband.source.ContentSources;
import de.tagungsband.source.EventFolder;
import de.tagungsband.source.SourceFile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever an editor writes into a record, reading it ends in records and diagnostics, never in an exception. */
class FrontMatterFuzzTest {

    private static final Path RECORD = Path.of("2020-test/beitrag.md");

    @FuzzTest(maxDuration = "20s")
    void readingAnyRecordNeverThrows(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        SourceFile session = SourceFile.decode(RECORD, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SourceFile event = new SourceFile(Path.of("2020-test/event.md"), "---\ntitle: T\ndate: 2020-01-01\nformat: online\n---\n", "1");
        EventFolder folder = new EventFolder(Path.of("2020-test"), 2020, "test", Optional.of(event), List.of(session));
        ContentSources sources = new ContentSources(Path.of("/content"), Optional.empty(), Optional.empty(),
                List.of(folder), Set.of(RECORD));
        Diagnostics diagnostics = new Diagnostics();

        RecordReader.read(sources, diagnostics);

        int lines = (int) session.text().chars().filter(c -> c == '\n').count() + 2;
        for (Diagnostic d : diagnostics.sorted()) {
            assertTrue(d.line() >= 0 && d.line() <= lines + 1, () -> "line " + d.line() + " outside the file: " + d);
            assertTrue(d.message() != null && !d.message().isBlank());
        }
    }
}
