package de.tagungsband.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A folder {@code <year>-<slug>/} with its {@code event.md} and the records beside it.
 *
 * @param eventFile empty when the folder has no {@code event.md} (reported by the scanner)
 * @param records every other {@code .md} file directly in the folder: sessions and inputs
 */
public record EventFolder(Path folder, int year, String slug, Optional<SourceFile> eventFile, List<SourceFile> records) {
}
