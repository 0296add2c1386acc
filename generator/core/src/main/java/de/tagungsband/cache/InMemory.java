package de.tagungsband.cache;

import de.tagungsband.digest.Fingerprint;
import de.tagungsband.digest.LastingFingerprints;
import de.tagungsband.digest.Memo;
import de.tagungsband.html.ExternalResources;
import de.tagungsband.markdown.BodyRenderer.BodyMemory;
import de.tagungsband.diagnostic.Reported;
import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.record.ContentRecord;
import de.tagungsband.record.KnownRecords;
import de.tagungsband.search.EntryWords;
import de.tagungsband.source.KnownFiles;
import de.tagungsband.source.SourceFile;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A build memory for a process that builds again and again (the preview server): besides the last state it keeps
 * the files read, the records parsed, the bodies rendered, the search index's entries and files and the loads found
 * in stylesheets, each as long as the last successful build used it.
 */
final class InMemory implements BuildMemory, BodyMemory, KnownFiles, KnownRecords {

    private volatile BuildState state = BuildState.EMPTY;
    private final Generation<Fingerprint, Reported<RenderedMarkdown>> bodies = new Generation<>();
    private final Generation<Path, FileSeen> files = new Generation<>();
    private final Generation<SourceFile, Reported<Optional<ContentRecord>>> records = new Generation<>();
    private final Generation<Fingerprint, EntryWords> searchEntries = new Generation<>();
    private final Generation<Fingerprint, byte[]> searchFiles = new Generation<>();
    private final Generation<Fingerprint, List<ExternalResources.Load>> stylesheets = new Generation<>();
    private final LastingFingerprints fingerprints = LastingFingerprints.forOneBuild();

    private record FileSeen(long size, long modified, SourceFile file) {
    }

    /** What the last successful build used, and what the build in progress has used so far. */
    private static final class Generation<K, V> {
        private volatile Map<K, V> kept = Map.of();
        private final Map<K, V> used = new ConcurrentHashMap<>();

        Optional<V> recall(K key, Predicate<V> fits) {
            V value = kept.get(key);
            if (value == null || !fits.test(value)) {
                return Optional.empty();
            }
            used.put(key, value);
            return Optional.of(value);
        }

        void remember(K key, V value) {
            used.put(key, value);
        }

        void start() {
            used.clear();
        }

        void keep() {
            kept = Collections.unmodifiableMap(new HashMap<>(used));
            used.clear();
        }

    }

    @Override
    public BuildState recall() {
        bodies.start();
        files.start();
        records.start();
        searchEntries.start();
        searchFiles.start();
        stylesheets.start();
        fingerprints.start();
        return state;
    }

    @Override
    public Optional<BuildState.Outcome> outcome(Fingerprint inputs) {
        BuildState last = state;
        return last.inputs().equals(inputs) ? Optional.of(last.outcome()) : Optional.empty();
    }

    @Override
    public BodyMemory bodies() {
        return this;
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
    public Optional<Reported<RenderedMarkdown>> recall(Fingerprint input) {
        return bodies.recall(input, body -> true);
    }

    @Override
    public void remember(Fingerprint input, Reported<RenderedMarkdown> body) {
        bodies.remember(input, body);
    }

    @Override
    public Optional<SourceFile> recall(Path file, long size, long modified) {
        return files.recall(file, seen -> seen.size() == size && seen.modified() == modified).map(FileSeen::file);
    }

    @Override
    public void remember(Path file, long size, long modified, SourceFile read) {
        files.remember(file, new FileSeen(size, modified, read));
    }

    @Override
    public Optional<Reported<Optional<ContentRecord>>> recall(SourceFile source) {
        return records.recall(source, known -> true);
    }

    @Override
    public void remember(SourceFile source, Reported<Optional<ContentRecord>> read) {
        records.remember(source, read);
    }

    @Override
    public LastingFingerprints fingerprints() {
        return fingerprints;
    }

    @Override
    public Memo<EntryWords> searchEntries() {
        return memo(searchEntries);
    }

    @Override
    public Memo<byte[]> searchFiles() {
        return memo(searchFiles);
    }

    @Override
    public Memo<List<ExternalResources.Load>> stylesheets() {
        return memo(stylesheets);
    }

    /** A generation as a {@link Memo}: a value is found by what it was made from, nothing else has to fit. */
    private static <V> Memo<V> memo(Generation<Fingerprint, V> generation) {
        return (input, make) -> generation.recall(input, value -> true).orElseGet(() -> {
            V made = make.get();
            generation.remember(input, made);
            return made;
        });
    }

    @Override
    public void keep(BuildState next) {
        bodies.keep();
        files.keep();
        records.keep();
        searchEntries.keep();
        searchFiles.keep();
        stylesheets.keep();
        fingerprints.keep();
        state = next;
    }
}
