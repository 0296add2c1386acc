package de.tagungsband.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Of two records that clash (the same order), which one is the copy an editor made to start a new record: a mistake
 * must be shown in the copy, which is still being written, not in the original that was fine before.
 */
final class CopiedFiles {

    /** "- Kopie", "Kopie von", "copy", "(2)" as Windows Explorer, Finder and editors name copies. */
    private static final Pattern COPY_NAME = Pattern.compile(".*(kopie|copy|\\(\\d+\\)).*");

    private CopiedFiles() {
    }

    /**
     * {@code true} when {@code candidate} rather than {@code other} is the copy: its name says so, or else it was
     * saved later (a copy keeps the original's time only until the editor changes it), or else its name comes later.
     */
    static boolean isCopy(Path root, Path candidate, Path other) {
        boolean named = looksLikeCopy(candidate);
        if (named != looksLikeCopy(other)) {
            return named;
        }
        int byTime = saved(root.resolve(candidate)).compareTo(saved(root.resolve(other)));
        if (byTime != 0) {
            return byTime > 0;
        }
        return candidate.toString().compareTo(other.toString()) > 0;
    }

    private static boolean looksLikeCopy(Path file) {
        return COPY_NAME.matcher(file.getFileName().toString().toLowerCase(Locale.ROOT)).matches();
    }

    private static FileTime saved(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException | UnsupportedOperationException e) {
            return FileTime.fromMillis(0);
        }
    }
}
