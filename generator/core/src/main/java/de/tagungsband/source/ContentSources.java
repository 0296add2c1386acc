package de.tagungsband.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    /**
     * A record file changed in place: the same path, other bytes.
     *
     * @param frontMatterChanged whether more than its text after the front matter changed
     */
    public record RecordEdit(SourceFile now, SourceFile then, boolean frontMatterChanged) {
    }

    /**
     * The records whose bytes changed since {@code before} while all else stayed as it was: the same files, the
     * same settings and registry. Empty when anything else changed, or a changed record has no front matter.
     */
    public Optional<List<RecordEdit>> recordEditsSince(ContentSources before) {
        if (!root.equals(before.root) || !files.equals(before.files) || !siteFile.equals(before.siteFile)
                || !peopleFile.equals(before.peopleFile) || events.size() != before.events.size()) {
            return Optional.empty();
        }
        List<RecordEdit> edited = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            EventFolder now = events.get(i);
            EventFolder then = before.events.get(i);
            if (!now.folder().equals(then.folder()) || now.records().size() != then.records().size()
                    || now.eventFile().isPresent() != then.eventFile().isPresent()
                    || !collectEdit(now.eventFile().orElse(null), then.eventFile().orElse(null), edited)) {
                return Optional.empty();
            }
            for (int r = 0; r < now.records().size(); r++) {
                if (!collectEdit(now.records().get(r), then.records().get(r), edited)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(List.copyOf(edited));
    }

    /** False when the file is another one or has no front matter; adds it when it changed. */
    private static boolean collectEdit(SourceFile now, SourceFile then, List<RecordEdit> edited) {
        if (now == then || now.equals(then)) {
            return true;
        }
        if (!now.path().equals(then.path())) {
            return false;
        }
        Optional<FrontMatterDocument> split = FrontMatterDocument.split(now);
        Optional<FrontMatterDocument> splitBefore = FrontMatterDocument.split(then);
        if (split.isEmpty() || splitBefore.isEmpty()) {
            return false;
        }
        edited.add(new RecordEdit(now, then, !split.get().frontMatter().equals(splitBefore.get().frontMatter())
                || split.get().bodyOffset() != splitBefore.get().bodyOffset()));
        return true;
    }

    /** The paths of all records: every event's {@code event.md} and the records beside it. */
    public Set<Path> recordPaths() {
        return events.stream().flatMap(e -> Stream.concat(e.eventFile().stream(), e.records().stream()))
                .map(SourceFile::path).collect(Collectors.toSet());
    }
}
