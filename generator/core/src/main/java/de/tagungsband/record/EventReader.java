package de.tagungsband.record;

import de.tagungsband.i18n.Text;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.source.EventFolder;
import de.tagungsband.source.SourceFile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads an {@code event.md}. */
final class EventReader {

    private static final Set<String> FIELDS = Set.of("title", "subtitle", "date", "start", "end", "format", "location",
            "kind", "time", "programme", "proceedings", "published", "funding_notice", "organiser", "organisers", "partners", "funders", "people", "editors", "isbn", "print_contact", "printer", "documents");

    private EventReader() {
    }

    /** @param contentRoot the content folder, for the funding notice's logo */
    static Optional<EventRecord> read(EventFolder folder, Path contentRoot, SourceFile source, Diagnostics diagnostics) {
        Optional<FrontMatter.Parsed> parsed = FrontMatter.read(source, diagnostics);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFields yaml = parsed.get().fields();
        yaml.rejectUnknown(FIELDS);
        String title = yaml.requiredString("title", "\"Vom Ankommen und Bleiben\"");
        LocalDate start = startDate(yaml, folder.year());
        LocalDate end = yaml.has("date") ? start : yaml.date("end").orElse(start);
        if (end.isBefore(start)) {
            diagnostics.error(source.path(), yaml.lineOf("end"), Text.of("event.endsBeforeStart", GermanDates.shown(end),
                    GermanDates.shown(start)), Text.of("event.endsBeforeStart.fix"));
            end = start;
        }
        if (start.getYear() != folder.year()) {
            diagnostics.error(source.path(), yaml.lineOf(yaml.has("date") ? "date" : "start"), Text.of("event.yearOfFolder",
                    GermanDates.shown(start), folder.year(), folder.folder()),
                    Text.of("event.yearOfFolder.fix", start.getYear() + "-" + folder.slug()));
        }
        EventFormat format = Kinds.parse(yaml, "format", EventFormat.class, EventFormat.IN_PERSON, true);
        Optional<String> contact = yaml.string("print_contact");
        contact.filter(c -> !SiteConfigReader.EMAIL.matcher(c).matches()).ifPresent(c -> diagnostics.error(source.path(),
                yaml.lineOf("print_contact"), Text.of("yaml.email", c), Text.of("print.contact.fix")));
        return Optional.of(new EventRecord(source, folder.folder(), folder.year(), folder.slug(), title,
                yaml.string("subtitle"), yaml.string("kind"), start, end, Times.read(yaml, "time"), programme(yaml, start, end),
                format, yaml.string("location"),
                organisers(yaml), PersonRefs.read(yaml, "partners", false), PersonRefs.read(yaml, "funders", false),
                PersonRefs.read(yaml, "people", true), PersonRefs.read(yaml, "editors", false), yaml.string("isbn"), contact,
                yaml.string("proceedings").map(v -> new Located<>(v, yaml.lineOf("proceedings"))), yaml.date("published"),
                FundingNotice.read(yaml, contentRoot, folder.folder()), yaml.string("printer"), DocumentRef.read(yaml), parsed.get().body()));
    }

    /** {@code programme:}: points of the programme that are not sessions, each with title and (usually) time. */
    private static List<ProgrammeItem> programme(YamlFields yaml, LocalDate start, LocalDate end) {
        List<ProgrammeItem> items = new ArrayList<>();
        for (org.snakeyaml.engine.v2.nodes.Node node : yaml.list("programme")) {
            yaml.nested(node, Text.of("yaml.group.each", "programme"), "- time: \"12:30\"  (und darunter)  title: Mittagspause")
                    .ifPresent(item -> {
                        item.rejectUnknown(Set.of("time", "title", "date"));
                        String title = item.requiredString("title", "Mittagspause");
                        Optional<LocalDate> date = item.date("date");
                        date.ifPresent(d -> EventDays.check(yaml.diagnostics(), yaml.file(), item.lineOf("date"), d, start, end));
                        items.add(new ProgrammeItem(Times.read(item, "time"), title, date));
                    });
        }
        return List.copyOf(items);
    }

    /** {@code organiser:} (one) and {@code organisers:} (a list), in this order. */
    private static List<SpeakerRef> organisers(YamlFields yaml) {
        List<SpeakerRef> organisers = new ArrayList<>();
        yaml.string("organiser").map(o -> SpeakerRef.of(new Located<>(o, yaml.lineOf("organiser"))))
                .ifPresent(organisers::add);
        organisers.addAll(PersonRefs.read(yaml, "organisers", false));
        return List.copyOf(organisers);
    }

    private static LocalDate startDate(YamlFields yaml, int folderYear) {
        LocalDate fallback = LocalDate.of(folderYear, 1, 1);
        if (yaml.has("date")) {
            if (yaml.has("start")) {
                yaml.diagnostics().error(yaml.file(), yaml.lineOf("start"), Text.of("event.dateAndStart"),
                        Text.of("event.dateAndStart.fix"));
            }
            return yaml.date("date").orElse(fallback);
        }
        if (yaml.has("start")) {
            return yaml.date("start").orElse(fallback);
        }
        yaml.requiredString("date", "2021-11-18");
        return fallback;
    }
}
