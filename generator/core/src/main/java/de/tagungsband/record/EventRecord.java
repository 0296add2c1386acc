package de.tagungsband.record;

import de.tagungsband.source.SourceFile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An {@code event.md}: one conference day (or several days) and its introduction. */
public record EventRecord(SourceFile source, Path folder, int year, String slug, String title, Optional<String> subtitle,
                          LocalDate start, LocalDate end, EventFormat format, Optional<String> location,
                          Optional<Located<String>> organiser, List<Located<String>> editors, Optional<String> isbn,
                          Optional<String> printContact, MarkdownBody body) {
}
