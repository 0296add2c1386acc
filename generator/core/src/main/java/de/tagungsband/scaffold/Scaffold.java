package de.tagungsband.scaffold;

import de.tagungsband.UsageException;
import de.tagungsband.diagnostic.Diagnostics;
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
        LocalDate day = parseDate(date);
        String slug = slugOf(title, "Fachtag zur Sozialraumarbeit");
        Path file = content.resolve(day.getYear() + "-" + slug).resolve(ContentScanner.EVENT_FILE);
        String text = RecordText.fill("event.md", Map.of("title", RecordText.yamlQuoted(title),
                "date", day.toString(), "year", String.valueOf(day.getYear())));
        return writeNew(file, text);
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
                "order", String.valueOf(order)));
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
                    throw new UsageException("the folder " + folderPath + " has no event.md: create the event first "
                            + "with: tagungsband new event \"Titel\" --date YYYY-MM-DD");
                }
                return folder;
            }
        }
        var names = sources.events().stream().map(f -> f.folder().toString()).toList();
        String fileName = given.getFileName() == null ? wanted : given.getFileName().toString();
        throw new UsageException("'" + wanted + "' is not an event folder of " + sources.root() + ": "
                + Suggestions.didYouMean(fileName, names, "the event folders are " + String.join(", ", names)));
    }

    private static String slugOf(String title, String example) {
        String slug = Slugs.of(Objects.requireNonNullElse(title, ""));
        if (slug.isEmpty()) {
            throw new UsageException("the title '" + title + "' gives no file name: write a title with letters or "
                    + "digits, e.g. \"" + example + "\"");
        }
        return slug;
    }

    private static LocalDate parseDate(String date) {
        try {
            return LocalDate.parse(Objects.requireNonNullElse(date, ""));
        } catch (DateTimeParseException e) {
            throw new UsageException("'" + date + "' is not a date: write it as year-month-day, e.g. --date 2026-05-12");
        }
    }

    public static void requireContent(Path content) {
        if (!Files.isDirectory(content)) {
            throw new UsageException("the content folder " + content + " does not exist");
        }
    }

    private static Path writeNew(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new UsageException(file + " already exists; it was left as it is. Choose another title, or edit "
                    + "that file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
