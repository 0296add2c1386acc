package de.tagungsband.publish;

import de.tagungsband.UsageException;
import de.tagungsband.i18n.Text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Which folders a build may write its output into, checked before it reads a single record: never the content or
 * templates folder, a folder inside them or one that holds them ({@code --out .}), and a folder with files in it
 * only if tagungsband made it ({@link OwnedFiles}) or the user says so ({@code --force}). Even then a build removes
 * only files it wrote.
 */
public final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * @param templates the templates folder, or {@code null} for the built-in ones
     * @throws UsageException with what is wrong and what to do, when {@code out} may not be written
     */
    public static void requireWritable(Path out, Path content, Path templates, boolean force) {
        Path target = real(out);
        if (target.getParent() == null) {
            throw new UsageException(Text.of("output.root", out));
        }
        requireApart(out, target, content, "content");
        if (templates != null) {
            requireApart(out, target, templates, "templates");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UsageException(Text.of("output.file", out));
        }
        if (!force && Files.isDirectory(target) && !OwnedFiles.marks(target) && !isEmpty(target)) {
            throw new UsageException(Text.of("output.foreign", out, OwnedFiles.NAME));
        }
    }

    /** @param what "content" or "templates", the end of the message's key */
    private static void requireApart(Path out, Path target, Path folder, String what) {
        Path other = real(folder);
        if (target.equals(other)) {
            throw new UsageException(Text.of("output.same." + what, out));
        }
        if (target.startsWith(other)) {
            throw new UsageException(Text.of("output.inside." + what, out, folder));
        }
        if (other.startsWith(target)) {
            throw new UsageException(Text.of("output.holds." + what, out, folder));
        }
    }

    /**
     * {@code path} absolute, with every symbolic link on the way followed as far as the path exists: an output
     * folder given through a link into the content folder is found out.
     */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
