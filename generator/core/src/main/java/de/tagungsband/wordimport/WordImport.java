package de.tagungsband.wordimport;

import de.tagungsband.UsageException;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;
import de.tagungsband.record.ContentRecord;
import de.tagungsband.record.InputRecord;
import de.tagungsband.record.RecordReader;
import de.tagungsband.record.Records;
import de.tagungsband.record.SessionKind;
import de.tagungsband.record.SessionRecord;
import de.tagungsband.scaffold.Scaffold;
import de.tagungsband.slug.Slugs;
import de.tagungsband.source.ContentScanner;
import de.tagungsband.source.ContentSources;
import de.tagungsband.source.EventFolder;
import de.tagungsband.source.SourceFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code tagungsband import BEITRAG.docx}: a contribution sent as a Word document becomes a draft record of an
 * event, its images saved into the event's images/ folder, with a report of every decision the import made.
 * Reading the document (Apache POI) and deciding everything happen before anything is written; an existing record
 * is never overwritten, a draft only with {@code force}.
 */
public final class WordImport {

    /**
     * What to import where.
     *
     * @param document the .docx (or, when LibreOffice is installed, .odt/.doc/.rtf) file
     * @param eventFolder the event's folder: its name (2021-mein-fachtag) or a path to it
     * @param kind the session's kind (workshop, talk, panel, keynote)
     * @param inputOf the file of the session whose input this is ({@code null}: a session record)
     * @param force replace an existing draft of the same name
     */
    public record Request(Path document, Path content, String eventFolder, String kind, String inputOf, boolean force) {
    }

    /** What was written: the record, the images, and the report; {@code markdown} is the record's text. */
    public record Result(Path record, List<Path> images, ImportReport report, String markdown) {
    }

    private WordImport() {
    }

    public static Result run(Request request) {
        Scaffold.requireContent(request.content());
        String kind = kind(request.kind());
        ContentSources sources = ContentScanner.scan(request.content(), new Diagnostics());
        EventFolder event = Scaffold.findEvent(sources, request.eventFolder());
        Path eventPath = request.content().resolve(event.folder());
        Records records = RecordReader.read(sources, new Diagnostics());
        List<ContentRecord> inFolder = event.records().stream().map(f -> RecordReader.record(f, new Diagnostics()))
                .flatMap(Optional::stream).toList();
        Optional<SessionRecord> session = request.inputOf() == null ? Optional.empty()
                : Optional.of(sessionOf(event, request.inputOf(), inFolder));

        ImportReport report = new ImportReport();
        RecordDraft draft;
        List<WordContext.SavedPicture> pictures;
        try (OfficeConversion converted = OfficeConversion.toDocx(request.document(), report);
             XWPFDocument document = DocxFile.open(converted.docx())) {
            WordContext context = new WordContext(document);
            BodyReader.Body body = new BodyReader(context, report).read();
            body = Languages.mark(body, context.defaultLanguage(), records.site().language(), report);
            int comments = document.getComments() == null ? 0 : document.getComments().length;
            if (comments > 0) {
                report.info(ImportReport.DOCUMENT, comments == 1 ? Text.of("import.comments.one")
                        : Text.of("import.comments.many", comments));
            }
            var core = document.getProperties().getCoreProperties();
            draft = RecordDraft.of(body, core.getTitle(), core.getCreator(), request.document().getFileName().toString(),
                    people(records), report);
            pictures = context.pictures();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        String slug = Slugs.of(draft.title());
        if (slug.isEmpty()) {
            slug = Slugs.of(request.document().getFileName().toString().replaceAll("\\.[^.]*$", ""));
        }
        if (slug.isEmpty()) {
            slug = "beitrag";
        }
        Path target = eventPath.resolve(slug + ".md");
        Optional<Integer> replacedOrder = checkTarget(target, request.force());
        List<String> pictureNames = pictureNames(eventPath.resolve("images"), slug, pictures);
        String body = MarkdownWriter.write(draft.blocks(), draft.notes(), n -> "images/" + pictureNames.get(n - 1));
        String frontMatter = session.isPresent()
                ? draft.inputFrontMatter(session.get().source().path().getFileName().toString(),
                replacedOrder.orElseGet(() -> nextInputOrder(session.get(), inFolder)))
                : draft.sessionFrontMatter(kind, replacedOrder.orElseGet(() -> Scaffold.nextOrder(event)));
        String markdown = frontMatter + body;
        List<Path> images = writePictures(eventPath.resolve("images"), pictureNames, pictures);
        write(target, markdown, request.force());
        return new Result(target, images, report, markdown);
    }

    private static String kind(String kind) {
        String wanted = kind == null ? "talk" : kind.strip().toLowerCase(Locale.ROOT);
        if (SessionKind.BUILT_IN.stream().noneMatch(k -> k.yamlName().equals(wanted))) {
            throw new UsageException(Text.of("import.fail.kind", kind));
        }
        return wanted;
    }

    private static SessionRecord sessionOf(EventFolder event, String wanted, List<ContentRecord> inFolder) {
        String file = Path.of(wanted).getFileName().toString();
        String name = file.endsWith(".md") ? file : file + ".md";
        List<String> names = new ArrayList<>();
        for (ContentRecord record : inFolder) {
            if (record instanceof SessionRecord s) {
                names.add(s.source().path().getFileName().toString());
                if (s.source().path().getFileName().toString().equals(name)) {
                    return s;
                }
            }
        }
        throw new UsageException(Text.of("import.fail.noSession", wanted, event.folder(), name, String.join(", ", names)));
    }

    private static int nextInputOrder(SessionRecord session, List<ContentRecord> inFolder) {
        long ownInputs = inFolder.stream().filter(r -> r instanceof InputRecord i
                && i.session().value().equals(session.source().path().getFileName().toString())).count();
        return session.inputs().size() + (int) ownInputs + 1;
    }

    private static Map<String, String> people(Records records) {
        Map<String, String> people = new TreeMap<>();
        records.people().forEach((id, person) -> people.put(id, person.name()));
        return people;
    }

    /** The order of the draft that {@code --force} replaces, or empty for a new file; anything else is refused. */
    private static Optional<Integer> checkTarget(Path target, boolean force) {
        if (!Files.exists(target)) {
            return Optional.empty();
        }
        Optional<ContentRecord> existing;
        try {
            existing = RecordReader.record(SourceFile.decode(target, Files.readAllBytes(target)), new Diagnostics());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean draft = existing.map(r -> r instanceof SessionRecord s ? s.draft() : r instanceof InputRecord i && i.draft())
                .orElse(false);
        if (!draft) {
            throw new UsageException(Text.of("import.fail.published", target));
        }
        if (!force) {
            throw new UsageException(Text.of("import.fail.draftExists", target));
        }
        return existing.map(r -> r instanceof SessionRecord s ? s.order().value() : ((InputRecord) r).order().value());
    }

    /** Names for the images: {@code <record>-1.png}, …; a name whose file exists with other bytes is skipped. */
    private static List<String> pictureNames(Path images, String slug, List<WordContext.SavedPicture> pictures) {
        List<String> names = new ArrayList<>();
        int suffix = 0;
        for (WordContext.SavedPicture picture : pictures) {
            String name;
            do {
                suffix++;
                name = slug + "-" + suffix + "." + picture.extension();
            } while (existsWithOtherBytes(images.resolve(name), picture.bytes()));
            names.add(name);
        }
        return names;
    }

    private static boolean existsWithOtherBytes(Path file, byte[] bytes) {
        try {
            return Files.exists(file) && !Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return true;
        }
    }

    private static List<Path> writePictures(Path images, List<String> names, List<WordContext.SavedPicture> pictures) {
        List<Path> written = new ArrayList<>();
        try {
            if (!pictures.isEmpty()) {
                Files.createDirectories(images);
            }
            for (int i = 0; i < pictures.size(); i++) {
                Path file = images.resolve(names.get(i));
                if (!Files.exists(file)) {
                    Files.write(file, pictures.get(i).bytes());
                }
                written.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(Text.of("import.fail.writeImages", images, e.getMessage()).encoded(), e);
        }
        return written;
    }

    private static void write(Path target, String markdown, boolean replace) {
        try {
            if (replace && Files.exists(target)) {
                Path temporary = target.resolveSibling("." + target.getFileName() + ".import");
                Files.writeString(temporary, markdown, StandardCharsets.UTF_8);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.writeString(target, markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(Text.of("import.fail.write", target, e.getMessage()).encoded(), e);
        }
    }
}
