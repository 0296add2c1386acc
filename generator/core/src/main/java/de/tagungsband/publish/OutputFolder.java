package de.tagungsband.publish;

import de.tagungsband.UsageException;

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
            throw new UsageException("the output folder " + out + " is the root of the file system: choose a folder "
                    + "of its own for the site, e.g. --out site");
        }
        requireApart(out, target, content, "content");
        if (templates != null) {
            requireApart(out, target, templates, "templates");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UsageException("the output folder " + out + " is a file: choose a folder for the site, "
                    + "e.g. --out site");
        }
        if (!force && Files.isDirectory(target) && !OwnedFiles.marks(target) && !isEmpty(target)) {
            throw new UsageException("the output folder " + out + " already holds files that tagungsband did not "
                    + "write (it has no " + OwnedFiles.NAME + " file): a build replaces the files of its output "
                    + "folder. Choose a new or empty folder, e.g. --out site, or, if this is the right folder, build "
                    + "once with --force (Maven: -Dtagungsband.force=true): its other files are then kept");
        }
    }

    private static void requireApart(Path out, Path target, Path folder, String what) {
        Path other = real(folder);
        if (target.equals(other)) {
            throw new UsageException("the output folder " + out + " is the " + what + " folder: a build would "
                    + "replace its files with the site. Choose another output folder, e.g. --out site");
        }
        if (target.startsWith(other)) {
            throw new UsageException("the output folder " + out + " lies inside the " + what + " folder " + folder
                    + ": the site would be mixed with the " + what + ". Choose a folder outside it, e.g. --out site");
        }
        if (other.startsWith(target)) {
            throw new UsageException("the output folder " + out + " holds the " + what + " folder " + folder
                    + ": a build would replace the " + what + " with the site. Choose a folder of its own, e.g. "
                    + "--out site");
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
