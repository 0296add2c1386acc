package de.tagungsband.cache;

import de.tagungsband.digest.Fingerprint;
import de.tagungsband.digest.LastingFingerprints;
import de.tagungsband.digest.Memo;
import de.tagungsband.html.ExternalResources;
import de.tagungsband.markdown.BodyRenderer.BodyMemory;
import de.tagungsband.publish.OutputStamps;
import de.tagungsband.publish.SiteWriter;
import de.tagungsband.record.KnownRecords;
import de.tagungsband.search.EntryWords;
import de.tagungsband.source.KnownFiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where builds keep what they leave for the next one: in memory for the preview server, in a folder beside the
 * output for the command line and the Maven plugin. One build at a time uses it.
 */
public interface BuildMemory {

    /** Remembers nothing: every build starts from scratch. */
    BuildMemory NONE = new BuildMemory() {
        @Override
        public BuildState recall() {
            return BuildState.EMPTY;
        }

        @Override
        public Optional<BuildState.Outcome> outcome(Fingerprint inputs) {
            return Optional.empty();
        }

        @Override
        public BodyMemory bodies() {
            return BodyMemory.NONE;
        }

        @Override
        public void keep(BuildState state) {
        }
    };

    /** The state of the last successful build, or {@link BuildState#EMPTY}. */
    BuildState recall();

    /**
     * The outcome of the last successful build if it was made from {@code inputs}: all a build needs that finds
     * nothing changed. Cheaper than {@link #recall()} (a memory in a file reads only the head of its state) and
     * starts no build.
     */
    Optional<BuildState.Outcome> outcome(Fingerprint inputs);

    /**
     * Whether {@code out} still holds every file as the last build wrote it ({@link SiteWriter#holds}). A memory
     * that checked this just before the build may answer without looking at the files again.
     */
    default boolean holds(Path out, OutputStamps written) {
        return SiteWriter.holds(out, written);
    }

    /** Rendered bodies of earlier builds; a build tells it which it used or made. */
    BodyMemory bodies();

    /** Files read by earlier builds in this process; none by default. */
    default KnownFiles files() {
        return KnownFiles.NONE;
    }

    /** Records read by earlier builds in this process; none by default. */
    default KnownRecords records() {
        return KnownRecords.NONE;
    }

    /** Fingerprints of the records and bodies the next build may use again; for this build only by default. */
    default LastingFingerprints fingerprints() {
        return LastingFingerprints.forOneBuild();
    }

    /** Each search index entry's words, stemmed and counted, by the fingerprint of the entry; none by default. */
    default Memo<EntryWords> searchEntries() {
        return Memo.none();
    }

    /** The search index's files by the fingerprint of what each is made from; none by default. */
    default Memo<byte[]> searchFiles() {
        return Memo.none();
    }

    /** The loads from other hosts found in a stylesheet, by the fingerprint of its text; none by default. */
    default Memo<List<ExternalResources.Load>> stylesheets() {
        return Memo.none();
    }

    /** The build that used this memory ended, kept or failed: files it opened for the build are closed. */
    default void buildEnded() {
    }

    /** Keeps the state of a successful build and forgets bodies, files and records it did not use. */
    void keep(BuildState state);

    static BuildMemory inMemory() {
        return new InMemory();
    }
}
