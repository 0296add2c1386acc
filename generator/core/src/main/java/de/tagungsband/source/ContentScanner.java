package de.tagungsband.source;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Stage 1: finds and reads the content files. It interprets nothing but file names and encodings. */
public final class ContentScanner {

    public static final String SITE_FILE = "site.yaml";
    public static final String PEOPLE_FILE = "people.yaml";
    public static final String EVENT_FILE = "event.md";
    /** Far above any real article; protects the build's memory and time from a wrong or hostile file. */
    static final long MAX_RECORD_BYTES = 5_000_000;
    private static final Pattern EVENT_FOLDER = Pattern.compile("(\\d{4})-([a-z0-9]+(?:-[a-z0-9]+)*)");

    private ContentScanner() {
    }

    public static ContentSources scan(Path contentRoot, Diagnostics diagnostics) {
        return scan(contentRoot, diagnostics, KnownFiles.NONE);
    }

    /** As {@link #scan(Path, Diagnostics)}, taking files whose size and time did not change from {@code known}. */
    public static ContentSources scan(Path contentRoot, Diagnostics diagnostics, KnownFiles known) {
        Path root = contentRoot.toAbsolutePath().normalize();
        Set<Path> files = listFiles(root, diagnostics);
        Reader reader = new Reader(root, diagnostics, known);
        Optional<SourceFile> site = readIfPresent(reader, Path.of(SITE_FILE), files);
        Optional<SourceFile> people = readIfPresent(reader, Path.of(PEOPLE_FILE), files);
        if (!files.contains(Path.of(SITE_FILE))) {
            diagnostics.error(Path.of(SITE_FILE), 0, Text.of("scan.noSite"), Text.of("scan.noSite.fix"));
        }
        // the Markdown files grouped by their top-level folder once, not searched again for every folder
        Map<Path, List<Path>> markdownByFolder = files.stream()
                .filter(p -> p.getNameCount() > 1 && p.toString().endsWith(".md"))
                .collect(Collectors.groupingBy(p -> p.getName(0), TreeMap::new, Collectors.toList()));
        List<EventFolder> events = topLevelFolders(root).parallelStream()
                .map(folder -> readEventFolder(reader, folder, markdownByFolder.getOrDefault(folder, List.of()), files))
                .flatMap(Optional::stream).toList();
        reportStrayRecords(files, diagnostics);
        return new ContentSources(root, site, people, List.copyOf(events), Set.copyOf(files));
    }

    private static Set<Path> listFiles(Path root, Diagnostics diagnostics) {
        Set<Path> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> !p.equals(root)).forEach(p -> {
                Path rel = root.relativize(p);
                if (rel.getFileName().toString().startsWith(".")) {
                    return;
                }
                if (ControlCharacters.in(rel.toString())) {
                    reportControlCharacters(rel, diagnostics);
                    return;
                }
                if (Files.isSymbolicLink(p) && !insideRoot(root, p)) {
                    diagnostics.error(rel, 0, Text.of("scan.linkOutside"),
                            Text.of("scan.linkOutside.fix"));
                } else if (Files.isRegularFile(p)) {
                    files.add(rel);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the content folder " + root, e);
        }
        return files;
    }

    /**
     * A name with a line break or tab (found by attack: a folder named so made the commit journal delete a path of
     * its choice) is refused at the nearest folder with a plain name, once for the outermost such name.
     */
    private static void reportControlCharacters(Path rel, Diagnostics diagnostics) {
        if (rel.getParent() != null && ControlCharacters.in(rel.getParent().toString())) {
            return; // reported with its folder
        }
        diagnostics.error(Path.of(ControlCharacters.escaped(rel.toString())), 0, Text.of("scan.controlCharacters"),
                Text.of("scan.controlCharacters.hint"));
    }

    private static boolean insideRoot(Path root, Path link) {
        try {
            return link.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> topLevelFolders(Path root) {
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(root::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<EventFolder> readEventFolder(Reader reader, Path folder, List<Path> markdown,
                                                         Set<Path> files) {
        Diagnostics diagnostics = reader.diagnostics();
        Matcher name = EVENT_FOLDER.matcher(folder.getFileName().toString());
        if (!name.matches()) {
            for (Path md : markdown) {
                diagnostics.error(md, 0, Text.of("scan.badEventFolder", folder),
                        Text.of("scan.badEventFolder.fix", "2021-" + folder));
            }
            return Optional.empty();
        }
        Path eventPath = folder.resolve(EVENT_FILE);
        if (!files.contains(eventPath)) {
            diagnostics.error(folder.resolve(EVENT_FILE), 0, Text.of("scan.noEventFile"),
                    Text.of("scan.noEventFile.fix", eventPath));
        }
        Optional<SourceFile> eventFile = readIfPresent(reader, eventPath, files);
        List<SourceFile> records = new ArrayList<>();
        for (Path md : markdown) {
            if (md.equals(eventPath)) {
                continue;
            }
            if (!md.getParent().equals(folder)) {
                diagnostics.error(md, 0, Text.of("scan.subfolder"),
                        Text.of("scan.subfolder.fix", folder.resolve(md.getFileName())));
                continue;
            }
            reader.read(md).ifPresent(records::add);
        }
        return Optional.of(new EventFolder(folder, Integer.parseInt(name.group(1)), name.group(2), eventFile,
                List.copyOf(records)));
    }

    private static void reportStrayRecords(Set<Path> files, Diagnostics diagnostics) {
        files.stream().filter(p -> p.getNameCount() == 1 && p.toString().endsWith(".md"))
                .forEach(p -> diagnostics.error(p, 0, Text.of("scan.outsideEvent"),
                        Text.of("scan.outsideEvent.fix", p)));
    }

    private static Optional<SourceFile> readIfPresent(Reader reader, Path rel, Set<Path> files) {
        return files.contains(rel) ? reader.read(rel) : Optional.empty();
    }

    /** Reads one file of the content folder, or takes it from {@code known} when its size and time are the same. */
    private record Reader(Path root, Diagnostics diagnostics, KnownFiles known) {

        Optional<SourceFile> read(Path rel) {
            byte[] bytes;
            long size;
            long modified;
            try {
                BasicFileAttributes attributes = Files.readAttributes(root.resolve(rel), BasicFileAttributes.class);
                size = attributes.size();
                modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
                Optional<SourceFile> same = known.recall(rel, size, modified);
                if (same.isPresent()) {
                    return same;
                }
                if (size > MAX_RECORD_BYTES) {
                    diagnostics.error(rel, 0, Text.of("scan.tooLarge",
                            String.format(java.util.Locale.GERMANY, "%.1f", size / 1e6), MAX_RECORD_BYTES / 1_000_000),
                            Text.of("scan.tooLarge.fix"));
                    return Optional.empty();
                }
                bytes = Files.readAllBytes(root.resolve(rel));
            } catch (IOException e) {
                diagnostics.error(rel, 0, Text.of("scan.unreadable", e.getMessage()), Text.of("scan.unreadable.fix"));
                return Optional.empty();
            }
            TextDecoder.Decoded decoded = TextDecoder.decodeOrFindBadLine(bytes);
            if (decoded.text().isEmpty() && decoded.nulColumn() > 0) {
                diagnostics.error(rel, decoded.badLine(), Text.of("scan.nul", decoded.nulColumn()),
                        Text.of("scan.nul.fix"));
                return Optional.empty();
            }
            if (decoded.text().isEmpty()) {
                diagnostics.error(rel, decoded.badLine(), Text.of("scan.notUtf8"),
                        Text.of("scan.notUtf8.fix"));
                return Optional.empty();
            }
            SourceFile file = SourceFile.of(rel, decoded.text().get(), bytes);
            if (bytes.length == size) { // not saved again while being read
                known.remember(rel, size, modified, file);
            }
            return Optional.of(file);
        }
    }
}
