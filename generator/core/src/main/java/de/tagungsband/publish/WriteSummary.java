package de.tagungsband.publish;

/**
 * What a commit changed in the output folder.
 *
 * @param written files that are new or whose bytes changed
 * @param unchanged files kept as they were
 * @param removed files of the previous output that the build no longer produces
 */
public record WriteSummary(int written, int unchanged, int removed) {
}
