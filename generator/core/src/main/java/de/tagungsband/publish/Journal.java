package de.tagungsband.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Commits an update of an existing output folder: the list of files to move in from the staging folder and of
 * files to delete is written first, then carried out. A build killed halfway leaves the journal behind, and the
 * next build carries it out to the end ({@link Recovery}), so the output ends up wholly new, never a mix. Before the
 * journal exists, the output is untouched.
 * <p>
 * Entries are separated by NUL, which no file name can hold (a list one per line was broken by a linked file whose
 * name held a line break). Before anything is moved or deleted, every entry is checked to name a file inside the
 * output folder ({@link SitePathCheck#inside}), and the staging folder to be the output's own.
 */
final class Journal {

    private static final String HEADER = "tagungsband journal 2\n";
    private static final char WRITE = 'W';
    private static final char DELETE = 'D';

    private Journal() {
    }

    static Path file(Path out) {
        return out.resolveSibling("." + out.getFileName() + ".journal");
    }

    static void commit(Path out, Path staging, Collection<String> staged, Collection<String> removed) throws IOException {
        Path journal = file(out);
        Path written = journal.resolveSibling(journal.getFileName() + ".new");
        Files.write(written, bytes(staging.getFileName().toString(), staged, removed));
        move(written, journal);
        replay(out);
    }

    /** The journal that moves {@code staged} in from the staging folder {@code stagingName} and deletes {@code removed}. */
    static byte[] bytes(String stagingName, Collection<String> staged, Collection<String> removed) {
        StringBuilder text = new StringBuilder(HEADER).append(stagingName).append('\0');
        staged.stream().sorted().forEach(p -> text.append(WRITE).append(p).append('\0'));
        removed.stream().sorted().forEach(p -> text.append(DELETE).append(p).append('\0'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Carries out a journal left behind, if there is one; a journal with an entry outside {@code out} changes nothing. */
    static void replay(Path out) throws IOException {
        Path journal = file(out);
        if (!Files.exists(journal)) {
            return;
        }
        Entries entries = read(out, new String(Files.readAllBytes(journal), StandardCharsets.UTF_8));
        for (Entry entry : entries.list()) {
            if (entry.write()) {
                Path source = entries.staging().resolve(entry.sitePath());
                if (Files.exists(source)) { // else moved already by the run that was interrupted
                    Files.createDirectories(entry.target().getParent());
                    move(source, entry.target());
                }
            } else {
                Files.deleteIfExists(entry.target());
                removeEmptyFolders(out, entry.target().getParent());
            }
        }
        SiteWriter.deleteTree(entries.staging());
        Files.delete(journal);
    }

    private record Entry(boolean write, String sitePath, Path target) {
    }

    private record Entries(Path staging, List<Entry> list) {
    }

    /** Every entry of the journal's {@code text}, each checked; an IOException before anything is done otherwise. */
    private static Entries read(Path out, String text) throws IOException {
        if (!text.startsWith(HEADER)) {
            throw new IOException("the journal " + file(out) + " was not written by this version of tagungsband; "
                    + "nothing was changed. Delete it (and the folders ." + out.getFileName() + ".staging-*) and build "
                    + "again");
        }
        String[] parts = text.substring(HEADER.length()).split("\0");
        String stagingName = parts[0];
        if (!stagingName.startsWith("." + out.getFileName() + ".staging-") || stagingName.contains("/")
                || stagingName.contains("\\") || !SitePathCheck.valid(stagingName)) {
            throw new IOException("the journal " + file(out) + " names a staging folder that is not the output "
                    + "folder's own; nothing was changed");
        }
        Path staging = out.resolveSibling(stagingName);
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            char kind = part.isEmpty() ? 0 : part.charAt(0);
            if (kind != WRITE && kind != DELETE) {
                throw new IOException("the journal " + file(out) + " is damaged; nothing was changed");
            }
            String sitePath = part.substring(1);
            try {
                entries.add(new Entry(kind == WRITE, sitePath, SitePathCheck.inside(out, sitePath)));
            } catch (IOException e) {
                throw new IOException("the journal " + file(out) + " names a file outside the output folder ("
                        + e.getMessage() + "); nothing was changed", e);
            }
        }
        return new Entries(staging, entries);
    }

    private static void removeEmptyFolders(Path out, Path folder) throws IOException {
        for (Path f = folder; f != null && f.startsWith(out) && !f.equals(out); f = f.getParent()) {
            try {
                Files.delete(f);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
