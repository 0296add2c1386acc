package de.tagungsband.publish;

import de.tagungsband.source.ControlCharacters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * What may name a file of an output folder: a relative path of plain names below the root, without control
 * characters. Every path the writer is given, and every path read back from a journal or an ownership record, is
 * checked before anything is written, renamed or deleted there.
 */
final class SitePathCheck {

    private SitePathCheck() {
    }

    /** Whether {@code sitePath} is relative, '/'-separated, free of '.', '..' and empty names and of control characters. */
    static boolean valid(String sitePath) {
        if (sitePath.isEmpty() || sitePath.startsWith("/") || sitePath.indexOf('\\') >= 0
                || startsWithDrive(sitePath) || ControlCharacters.in(sitePath)) {
            return false;
        }
        for (String name : sitePath.split("/", -1)) {
            if (name.isEmpty() || name.equals(".") || name.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** "C:…": a Windows drive (checked for every path the writer is given: no regular expression compiled each time). */
    private static boolean startsWithDrive(String sitePath) {
        char first = sitePath.charAt(0);
        return sitePath.length() >= 2 && sitePath.charAt(1) == ':'
                && (first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z');
    }

    /** {@code sitePath} if it is {@link #valid}; else an IOException (a damaged or forged record). */
    static String require(String sitePath) throws IOException {
        if (!valid(sitePath)) {
            throw new IOException("not a path below the output folder: '" + printable(sitePath) + "'");
        }
        return sitePath;
    }

    /**
     * {@code out.resolve(sitePath)}, after checking that it lies inside {@code out} also once symbolic links are
     * followed: a folder on the way that is a link to somewhere else is refused.
     */
    static Path inside(Path out, String sitePath) throws IOException {
        Path target = out.resolve(require(sitePath)).normalize();
        if (!target.startsWith(out) || target.equals(out)) {
            throw new IOException("not a path below the output folder: '" + printable(sitePath) + "'");
        }
        Path realOut = out.toRealPath();
        for (Path folder = target.getParent(); folder != null && !folder.equals(out); folder = folder.getParent()) {
            if (Files.isSymbolicLink(folder)
                    || (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !folder.toRealPath().startsWith(realOut))) {
                throw new IOException("the folder " + folder + " is a link out of the output folder");
            }
        }
        return target;
    }

    private static String printable(String text) {
        return ControlCharacters.escaped(text);
    }
}
