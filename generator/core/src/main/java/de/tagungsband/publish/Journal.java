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
 */
final class Journal {

    private static final String WRITE = "W\t";
    private static final String DELETE = "D\t";

    private Journal() {
    }

    static Path file(Path out) {
        return out.resolveSibling("." + out.getFileName() + ".journal");
    }

    static void commit(Path out, Path staging, Collection<String> staged, Collection<String> removed) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(staging.getFileName().toString());
        staged.stream().sorted().forEach(p -> lines.add(WRITE + p));
        removed.stream().sorted().forEach(p -> lines.add(DELETE + p));
        Path journal = file(out);
        Path written = journal.resolveSibling(journal.getFileName() + ".new");
        Files.write(written, lines, StandardCharsets.UTF_8);
        move(written, journal);
        replay(out);
    }

    /** Carries out a journal left behind, if there is one. */
    static void replay(Path out) throws IOException {
        Path journal = file(out);
        if (!Files.exists(journal)) {
            return;
        }
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        Path staging = out.resolveSibling(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String sitePath = line.substring(2);
            Path target = out.resolve(sitePath);
            if (line.startsWith(WRITE)) {
                Path source = staging.resolve(sitePath);
                if (Files.exists(source)) { // else moved already by the run that was interrupted
                    Files.createDirectories(target.getParent());
                    move(source, target);
                }
            } else if (line.startsWith(DELETE)) {
                Files.deleteIfExists(target);
                removeEmptyFolders(out, target.getParent());
            }
        }
        SiteWriter.deleteTree(staging);
        Files.delete(journal);
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
