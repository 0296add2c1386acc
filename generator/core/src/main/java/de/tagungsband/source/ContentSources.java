package de.tagungsband.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Everything read from the content folder, before any interpretation.
 *
 * @param files every regular file below the content folder (relative paths), to resolve images and slides
 */
public record ContentSources(Path root, Optional<SourceFile> siteFile, Optional<SourceFile> peopleFile,
                             List<EventFolder> events, Set<Path> files) {

    /** A file whose path differs from {@code wanted} only in upper and lower case, to explain a failed look-up. */
    public Optional<Path> sameButForCase(Path wanted) {
        String key = wanted.toString().toLowerCase(Locale.ROOT);
        return files.stream().filter(p -> p.toString().toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }

}
