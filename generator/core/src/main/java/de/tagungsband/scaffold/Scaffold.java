package de.tagungsband.scaffold;

import de.tagungsband.UsageException;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;
import de.tagungsband.record.RecordReader;
import de.tagungsband.record.Suggestions;
import de.tagungsband.slug.Slugs;
import de.tagungsband.source.ContentScanner;
import de.tagungsband.source.ContentSources;
import de.tagungsband.source.EventFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes new records: {@code tagungsband new event} and {@code new session}. A wrong request (an existing file,
 * a title without letters, an unknown event folder) is a {@link UsageException}; nothing is ever overwritten.
 */
public final class Scaffold {

    private Scaffold() {
    }

    /** Writes {@code <content>/<year>-<slug>/event.md} and returns its path. */
    public static Path newEvent(Path content, String title, String date) {
        requireContent(content);
        return writeEvent(content, title, parseDate(date), "", "");
    }

    private static Path writeEvent(Path content, String title, LocalDate day, String organiser, String editors) {
        String slug = slugOf(title, "Fachtag zur Sozialraumarbeit");
        Path file = content.resolve(day.getYear() + "-" + slug).resolve(ContentScanner.EVENT_FILE);
        String text = RecordText.fill("event.md", Map.of("title", RecordText.yamlQuoted(title),
                "date", day.toString(), "year", String.valueOf(day.getYear()), "organiser", organiser,
                "editors", editors));
        return writeNew(file, text);
    }

    /**
     * {@code tagungsband init}: a working archive in {@code folder}: {@code content/} with a commented
     * {@code site.yaml} and {@code people.yaml}, one event of {@code day} with one session (not a draft, so that the
     * first build shows it) and an {@code images/} folder. Refused when {@code folder/content} exists and is not
     * empty; returns the event's session (the content folder is two levels up).
     */
    public static Path init(Path folder, LocalDate day) {
        Path content = folder.resolve("content");
        if (Files.exists(content) && !isEmptyFolder(content)) {
            throw new UsageException(Text.of("init.exists", content));
        }
        try {
            Files.createDirectories(content);
        } catch (IOException e) {
            throw new UsageException(Text.of("init.cannotCreate", content, e.getMessage()));
        }
        writeNew(content.resolve("site.yaml"), RecordText.fill("site.yaml", Map.of()));
        writeNew(content.resolve("people.yaml"), RecordText.fill("people.yaml", Map.of()));
        Path event = writeEvent(content, "Unser erster Fachtag", day, "netzwerk", "netzwerk");
        Path session = writeNew(event.resolveSibling("arbeitstisch-beispiel.md"), RecordText.fill("session.md", Map.of(
                "title", "Arbeitstisch: Beispiel", "order", "1", "draft", "false", "authors", "eva-beispiel")));
        try {
            Files.createDirectories(event.resolveSibling("images"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return session;
    }

    private static boolean isEmptyFolder(Path folder) {
        try (var entries = Files.list(folder)) {
            return Files.isDirectory(folder) && entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes {@code <event folder>/<slug>.md}, a draft at the next free place in the programme, and returns its path.
     *
     * @param eventFolder the event's folder: its name (2021-mein-fachtag) or a path to it
     */
    public static Path newSession(Path content, String eventFolder, String title) {
        requireContent(content);
        String slug = slugOf(title, "Arbeitstisch Sozialraum");
        ContentSources sources = ContentScanner.scan(content, new Diagnostics());
        EventFolder folder = findEvent(sources, eventFolder);
        int order = nextOrder(folder);
        Path file = content.resolve(folder.folder()).resolve(slug + ".md");
        String text = RecordText.fill("session.md", Map.of("title", RecordText.yamlQuoted(title),
                "order", String.valueOf(order), "draft", "true", "authors", ""));
        return writeNew(file, text);
    }

    /** The next free place in an event's programme: one after the highest order of its sessions. */
    public static int nextOrder(EventFolder folder) {
        return RecordReader.sessions(folder, new Diagnostics()).stream()
                .mapToInt(s -> s.order().value()).filter(o -> o != Integer.MAX_VALUE).max().orElse(0) + 1;
    }

    /**
     * The event folder an editor named: by its name (2021-mein-fachtag) or a path to it; a folder without event.md or
     * an unknown name is a {@link UsageException} that names the folders there are.
     */
    public static EventFolder findEvent(ContentSources sources, String wanted) {
        Path given = Path.of(wanted).normalize();
        Path absolute = given.toAbsolutePath().normalize();
        for (EventFolder folder : sources.events()) {
            Path folderPath = sources.root().resolve(folder.folder());
            if (given.equals(folder.folder()) || absolute.equals(folderPath)) {
                if (folder.eventFile().isEmpty()) {
                    throw new UsageException(Text.of("new.noEventFile", folderPath));
                }
                return folder;
            }
        }
        var names = sources.events().stream().map(f -> f.folder().toString()).toList();
        String fileName = given.getFileName() == null ? wanted : given.getFileName().toString();
        if (names.isEmpty()) {
            throw new UsageException(Text.of("new.noEvents", wanted, sources.root()));
        }
        List<String> near = Suggestions.nearest(fileName, names);
        throw new UsageException(near.isEmpty()
                ? Text.of("new.notEvent", wanted, sources.root(), String.join(", ", names))
                : Text.of("new.notEventDidYouMean", wanted, sources.root(), near.get(0)));
    }

    private static String slugOf(String title, String example) {
        String slug = Slugs.of(Objects.requireNonNullElse(title, ""));
        if (slug.isEmpty()) {
            throw new UsageException(Text.of("new.noSlug", title, example));
        }
        return slug;
    }

    private static LocalDate parseDate(String date) {
        try {
            return LocalDate.parse(Objects.requireNonNullElse(date, ""));
        } catch (DateTimeParseException e) {
            throw new UsageException(Text.of("new.badDate", date));
        }
    }

    public static void requireContent(Path content) {
        if (!Files.isDirectory(content)) {
            throw new UsageException(Text.of("new.noContent", content));
        }
    }

    private static Path writeNew(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new UsageException(Text.of("new.exists", file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
