package de.tagungsband.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The record, inside an output folder, of the files tagungsband wrote there: it marks the folder as one tagungsband
 * made, and a build deletes only files it lists. Kept in the folder itself (as Git keeps its index in the work tree),
 * not in the cache beside it: a build without cache, or after the cache was deleted, knows as well as any other that
 * a {@code CNAME} or {@code .htaccess} a user put there is not its to remove. Paths are separated by NUL, the one
 * byte no file name can hold.
 */
public final class OwnedFiles {

    /** The file name, in the root of every output folder tagungsband writes. */
    public static final String NAME = ".tagungsband-output";
    private static final String HEADER = "tagungsband output folder: these files are rewritten or removed by the "
            + "next build; any other file here is left alone.\n";

    private OwnedFiles() {
    }

    static Path file(Path out) {
        return out.resolve(NAME);
    }

    /** Whether {@code out} is an output folder that tagungsband made. */
    public static boolean marks(Path out) {
        return Files.isRegularFile(file(out), LinkOption.NOFOLLOW_LINKS);
    }

    /** The site paths listed in {@code out}, if it is an output folder tagungsband made. */
    static Optional<Set<String>> read(Path out) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file(out));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith(HEADER)) {
            throw new IOException("the file " + file(out) + " was not written by tagungsband; delete it and build "
                    + "with --force");
        }
        Set<String> paths = new TreeSet<>();
        for (String path : text.substring(HEADER.length()).split("\0")) {
            if (!path.isEmpty()) {
                paths.add(SitePathCheck.require(path));
            }
        }
        return Optional.of(paths);
    }

    /** The record's bytes for {@code paths}: the same paths give the same bytes. */
    static byte[] bytes(Collection<String> paths) {
        StringBuilder text = new StringBuilder(HEADER);
        new TreeSet<>(paths).forEach(path -> text.append(path).append('\0'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
