package de.tagungsband.record;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.scaffold.Placeholders;
import de.tagungsband.diagnostic.Reported;
import de.tagungsband.source.ContentSources;
import de.tagungsband.source.EventFolder;
import de.tagungsband.source.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Stage 2: reads every source file into a typed record. Records are read in parallel; order is kept. */
public final class RecordReader {

    private RecordReader() {
    }

    public static Records read(ContentSources sources, Diagnostics diagnostics) {
        return read(sources, diagnostics, KnownRecords.NONE);
    }

    /** As {@link #read(ContentSources, Diagnostics)}, taking records of unchanged files from {@code known}. */
    public static Records read(ContentSources sources, Diagnostics diagnostics, KnownRecords known) {
        SiteConfig site = SiteConfigReader.read(sources.siteFile(), sources.root(), diagnostics);
        var people = PeopleReader.read(sources.peopleFile(), diagnostics);
        sources.siteFile().ifPresent(f -> Placeholders.report(f.text(), f.path(), 1, diagnostics));
        sources.peopleFile().ifPresent(f -> Placeholders.report(f.text(), f.path(), 1, diagnostics));
        List<EventRecords> events = sources.events().parallelStream()
                .map(folder -> readEvent(folder, sources.root(), diagnostics, known))
                .flatMap(Optional::stream)
                .toList();
        return new Records(site, people.orElse(java.util.Map.of()), people.isPresent(), events);
    }

    /** One session or input record file read again, e.g. after the preview was told it was saved. */
    public static Optional<ContentRecord> record(SourceFile file, Diagnostics diagnostics) {
        return SessionReader.read(file, diagnostics);
    }

    /** The session records of one event folder only, e.g. to find the next free {@code order}; drafts included. */
    public static List<SessionRecord> sessions(EventFolder folder, Diagnostics diagnostics) {
        return folder.records().stream()
                .flatMap(file -> SessionReader.read(file, diagnostics).stream())
                .filter(SessionRecord.class::isInstance).map(SessionRecord.class::cast)
                .toList();
    }

    private static Optional<EventRecords> readEvent(EventFolder folder, java.nio.file.Path root, Diagnostics diagnostics,
                                                    KnownRecords known) {
        Optional<EventRecord> event = folder.eventFile()
                .flatMap(file -> once(file, known, diagnostics, own -> EventReader.read(folder, root, file, own).map(e -> e)))
                .filter(EventRecord.class::isInstance).map(EventRecord.class::cast);
        List<SessionRecord> sessions = new ArrayList<>();
        List<InputRecord> inputs = new ArrayList<>();
        for (SourceFile file : folder.records()) {
            once(file, known, diagnostics, own -> SessionReader.read(file, own)).ifPresent(record -> {
                if (record instanceof SessionRecord session) {
                    sessions.add(session);
                } else if (record instanceof InputRecord input) {
                    inputs.add(input);
                }
            });
        }
        return event.map(e -> new EventRecords(e, List.copyOf(sessions), List.copyOf(inputs)));
    }

    /** The record of {@code file}, read by {@code read} unless {@code known} has it from an earlier build. */
    private static Optional<ContentRecord> once(SourceFile file, KnownRecords known, Diagnostics diagnostics,
                                                Function<Diagnostics, Optional<ContentRecord>> read) {
        Optional<Reported<Optional<ContentRecord>>> before = known.recall(file);
        if (before.isPresent()) {
            return before.get().reportTo(diagnostics);
        }
        Reported<Optional<ContentRecord>> made = Reported.of(read);
        known.remember(file, made);
        return made.reportTo(diagnostics);
    }
}
