package de.tagungsband.cache;

import de.tagungsband.digest.Fingerprint;
import de.tagungsband.markdown.BodyRenderer.BodyMemory;
import de.tagungsband.markdown.BodyRenderer.Remembered;
import de.tagungsband.record.KnownRecords;
import de.tagungsband.source.KnownFiles;
import de.tagungsband.source.SourceFile;

import java.nio.file.Path;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A build memory for a process that builds again and again (the preview server): besides the last state it keeps
 * the files read, the records parsed and the bodies rendered, each as long as the last successful build used it.
 */
final class InMemory implements BuildMemory, BodyMemory, KnownFiles, KnownRecords {

    private volatile BuildState state = BuildState.EMPTY;
    private volatile Map<Fingerprint, Remembered> kept = Map.of();
    private final Map<Fingerprint, Remembered> used = new ConcurrentHashMap<>();
    private volatile Map<Path, FileSeen> keptFiles = Map.of();
    private final Map<Path, FileSeen> usedFiles = new ConcurrentHashMap<>();
    private volatile Map<Object, Known> keptRecords = Map.of();
    private final Map<Object, Known> usedRecords = new ConcurrentHashMap<>();

    private record FileSeen(long size, long modified, SourceFile file) {
    }

    @Override
    public BuildState recall() {
        used.clear();
        usedFiles.clear();
        usedRecords.clear();
        return state;
    }

    @Override
    public KnownFiles files() {
        return this;
    }

    @Override
    public KnownRecords records() {
        return this;
    }

    @Override
    public Optional<SourceFile> recall(Path file, long size, long modified) {
        FileSeen seen = keptFiles.get(file);
        if (seen != null && seen.size() == size && seen.modified() == modified) {
            usedFiles.put(file, seen);
            return Optional.of(seen.file());
        }
        return Optional.empty();
    }

    @Override
    public void remember(Path file, long size, long modified, SourceFile read) {
        usedFiles.put(file, new FileSeen(size, modified, read));
    }

    @Override
    public Optional<Known> recall(Object source) {
        Known known = keptRecords.get(source);
        if (known != null) {
            usedRecords.put(source, known);
        }
        return Optional.ofNullable(known);
    }

    @Override
    public void remember(Object source, Known read) {
        usedRecords.put(source, read);
    }

    @Override
    public BodyMemory bodies() {
        return this;
    }

    @Override
    public Optional<Remembered> recall(Fingerprint input) {
        Remembered body = kept.get(input);
        if (body != null) {
            used.put(input, body);
        }
        return Optional.ofNullable(body);
    }

    @Override
    public void remember(Fingerprint input, Remembered body) {
        used.put(input, body);
    }

    @Override
    public void keep(BuildState next) {
        kept = Map.copyOf(used);
        used.clear();
        keptFiles = Map.copyOf(usedFiles);
        usedFiles.clear();
        keptRecords = Map.copyOf(usedRecords);
        usedRecords.clear();
        state = next;
    }
}
