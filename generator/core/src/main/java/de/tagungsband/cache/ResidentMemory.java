package de.tagungsband.cache;

import de.tagungsband.diagnostic.Reported;
import de.tagungsband.digest.Fingerprint;
import de.tagungsband.markdown.BodyRenderer.BodyMemory;
import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.publish.OutputStamps;
import de.tagungsband.publish.SiteWriter;
import de.tagungsband.record.KnownRecords;
import de.tagungsband.source.KnownFiles;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The memory of a process that builds one output folder again and again for the command line (the build server):
 * it keeps the last build in memory as the preview does ({@link InMemory}), and also leaves what a
 * {@link FolderMemory} leaves beside the output, so that a later build without the server is as quick and as
 * correct as after any build. Writing that state happens after the build, in the background
 * ({@link #writeBehind()}); {@link #ready()} waits for it.
 *
 * <p>Unlike the preview's folder, the output folder is one people upload and may touch: before each build,
 * {@link #ready()} checks that it still holds every file as the last build wrote it, and that no other build (one
 * without the server, the Maven plugin) wrote the state beside it since. Otherwise the build starts from the state
 * on disk, which checks every file it keeps.
 */
public final class ResidentMemory implements BuildMemory {

    private final Path out;
    private final InMemory memory = new InMemory();
    private final FolderMemory folder;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "tagungsband-cache-writer");
        thread.setDaemon(true);
        return thread;
    });
    /** The writing of the last build's state: it ends with the stamp of the state file it wrote. */
    private CompletableFuture<Optional<List<Object>>> written = CompletableFuture.completedFuture(Optional.empty());
    /** The state file as this memory last read or wrote it; empty before the first build. */
    private Optional<List<Object>> stateOnDisk = Optional.empty();
    private boolean adopted;
    /** The state of the last build, until {@link #writeBehind()} starts writing it. */
    private BuildState unwritten;
    private boolean inFullNext;
    private volatile Outcome outcome;
    /** The stamps of the output files {@link #ready()} found in the output folder, for this build. */
    private OutputStamps checked;

    private ResidentMemory(Path out) {
        this.out = out.toAbsolutePath().normalize();
        this.folder = FolderMemory.beside(this.out);
    }

    /** The memory of builds into {@code out}; its files lie where {@link FolderMemory#beside} puts them. */
    public static ResidentMemory beside(Path out) {
        return new ResidentMemory(out);
    }

    public Path folder() {
        return folder.folder();
    }

    /**
     * Makes the memory fit for the next build: waits until the last build's state is written, takes the state on
     * disk when another build wrote it (or at the first build), and forgets the last build kept in memory when the
     * output folder no longer holds what it wrote (a file deleted or edited by hand), so that the build checks
     * the files it keeps rather than trusting them.
     */
    public synchronized void ready() {
        checked = null;
        writeBehind();
        Optional<List<Object>> mine = written.join();
        if (mine.isPresent()) {
            stateOnDisk = mine;
            written = CompletableFuture.completedFuture(Optional.empty());
        }
        Optional<List<Object>> onDisk = folder.stateStamp();
        if (!adopted || !onDisk.equals(stateOnDisk)) {
            memory.adopt(folder.recall());
            stateOnDisk = onDisk;
            adopted = true;
        } else if (memory.lastBuild().isPresent()) {
            BuildState.Outcome last = lastOutcome();
            if (SiteWriter.holds(out, last.outputs())) {
                checked = last.outputs();
            } else {
                memory.forgetLastBuild();
            }
        }
    }

    /**
     * The outcome of the last build, made once per build (it orders the stamps of every output file), in the
     * background with the state written beside the output.
     */
    private BuildState.Outcome lastOutcome() {
        BuildState state = memory.state();
        Outcome known = outcome;
        if (known == null || known.of() != state) {
            known = new Outcome(state, state.outcome());
            outcome = known;
        }
        return known.outcome();
    }

    private record Outcome(BuildState of, BuildState.Outcome outcome) {
    }

    @Override
    public synchronized boolean holds(Path out, OutputStamps written) {
        boolean justChecked = written == checked && out.toAbsolutePath().normalize().equals(this.out);
        checked = null;
        return justChecked || SiteWriter.holds(out, written);
    }

    /** Writes what is still to write, then stops the background writer. */
    public synchronized void close() {
        writeBehind();
        written.join();
        writer.shutdown();
    }

    @Override
    public BuildState recall() {
        return memory.recall();
    }

    /**
     * The next build does not stop at finding nothing changed: it makes the model and the pages (keeping every file
     * that is still as written), so that the build after it can start from them in memory. For a server that has
     * no last build in memory yet.
     */
    public synchronized void buildInFullNext() {
        inFullNext = true;
    }

    @Override
    public synchronized Optional<BuildState.Outcome> outcome(Fingerprint inputs) {
        if (inFullNext) {
            inFullNext = false;
            return Optional.empty();
        }
        BuildState.Outcome last = lastOutcome();
        return last.inputs().equals(inputs) ? Optional.of(last) : Optional.empty();
    }

    @Override
    public BodyMemory bodies() {
        BodyMemory inMemory = memory.bodies();
        return new BodyMemory() {
            @Override
            public Optional<Reported<RenderedMarkdown>> recall(Fingerprint input) {
                Optional<Reported<RenderedMarkdown>> kept = inMemory.recall(input);
                if (kept.isPresent()) {
                    return kept;
                }
                Optional<Reported<RenderedMarkdown>> onDisk = folder.recall(input);
                onDisk.ifPresent(body -> inMemory.remember(input, body));
                return onDisk;
            }

            @Override
            public void remember(Fingerprint input, Reported<RenderedMarkdown> body) {
                inMemory.remember(input, body);
            }
        };
    }

    @Override
    public void buildEnded() {
        folder.buildEnded();
    }

    @Override
    public KnownFiles files() {
        return memory.files();
    }

    @Override
    public KnownRecords records() {
        return memory.records();
    }

    @Override
    public synchronized void keep(BuildState state) {
        memory.keep(state);
        unwritten = state;
    }

    @Override
    public synchronized void keepAll(BuildState state) {
        memory.keepAll(state);
        unwritten = state;
    }

    /**
     * Starts writing the state of the last build beside the output, in the background, once the build is over (it
     * needs the output folder's lock, which the build holds until then). {@link #ready()} waits for it.
     */
    public synchronized void writeBehind() {
        if (unwritten == null) {
            return;
        }
        BuildState state = unwritten;
        unwritten = null;
        var bodies = memory.keptBodies();
        written = CompletableFuture.supplyAsync(() -> {
            outcome = new Outcome(state, state.outcome());
            // under the output folder's lock: a build in another process waits, and then reads this state
            try (FileChannel lockFile = FileChannel.open(SiteWriter.lockFile(out), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
                folder.keep(state, bodies);
                return folder.stateStamp();
            } catch (IOException | RuntimeException e) {
                return Optional.<List<Object>>empty(); // the next build takes the state on disk, whatever it is
            }
        }, writer);
    }

    @Override
    public Optional<Object> lastBuild() {
        return memory.lastBuild();
    }

    @Override
    public boolean keepsLastBuild() {
        return true;
    }

    @Override
    public void keepLastBuild(Object build) {
        memory.keepLastBuild(build);
    }
}
