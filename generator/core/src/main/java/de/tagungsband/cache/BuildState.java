package de.tagungsband.cache;

import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.digest.Fingerprint;
import de.tagungsband.pdf.Proceedings;
import de.tagungsband.publish.OutputManifest;
import de.tagungsband.publish.OutputStamps;

import java.util.List;
import java.util.Map;

/**
 * What a successful build leaves for the next one.
 *
 * @param inputs fingerprint of everything the build read (the program, the options, and the size and time of every
 *               file of the content and templates folders): when it is the same, nothing needs doing
 * @param outputs every file the build wrote
 * @param pages fingerprint of each page's data (see {@link de.tagungsband.digest.ViewDigest}), by site path of its file
 * @param volumes each proceedings volume by event page path
 * @param warnings the warnings of the build, repeated by a build that finds nothing to do
 * @param drafts the records it left out as drafts, repeated the same way
 */
public record BuildState(Fingerprint inputs, OutputManifest outputs, Map<String, Fingerprint> pages,
                         Map<String, Volume> volumes, int records, int pageCount, List<Diagnostic> warnings,
                         List<String> drafts) {

    public static final BuildState EMPTY = new BuildState(Fingerprint.NONE, OutputManifest.EMPTY, Map.of(), Map.of(),
            0, 0, List.of(), List.of());

    public BuildState {
        pages = Map.copyOf(pages);
        volumes = Map.copyOf(volumes);
        warnings = List.copyOf(warnings);
        drafts = List.copyOf(drafts);
    }

    /** What a build that finds nothing to do repeats of this one. */
    public Outcome outcome() {
        return new Outcome(inputs, outputs.stamps(), records, pageCount, warnings, drafts);
    }

    /**
     * What a build that finds nothing changed needs of the last one: its inputs, the size and time of each file it
     * wrote (to tell that the output folder still holds them), and what it reported.
     */
    public record Outcome(Fingerprint inputs, OutputStamps outputs, int records, int pageCount,
                          List<Diagnostic> warnings, List<String> drafts) {
        public Outcome {
            warnings = List.copyOf(warnings);
            drafts = List.copyOf(drafts);
        }
    }

    /**
     * A volume and the fingerprint of what it was made from.
     *
     * @param offprints the fingerprint of each offprint's print HTML (with the program and templates), by its file
     */
    public record Volume(Fingerprint input, Proceedings proceedings, Map<String, Fingerprint> offprints) {
        public Volume {
            offprints = Map.copyOf(offprints);
        }
    }
}
