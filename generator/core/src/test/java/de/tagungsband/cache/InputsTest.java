package de.tagungsband.cache;

import de.tagungsband.digest.Fingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The fingerprint of a folder changes with any file's name, size or time below it, and only then. */
class InputsTest {

    @TempDir
    Path dir;

    @Test
    void anyChangeBelowTheFolderChangesItsFingerprint() throws IOException {
        Path content = dir.resolve("content");
        write(content.resolve("site.yaml"), "title: Archiv");
        write(content.resolve("2021-tag/event.md"), "Tag");
        write(content.resolve("2021-tag/bilder/foto.jpg"), "Foto");
        write(content.resolve("2022-tag/a.md"), "A");
        Fingerprint before = Inputs.folders(List.of(content));
        assertEquals(before, Inputs.folders(List.of(content)), "nothing changed");

        Path photo = content.resolve("2021-tag/bilder/foto.jpg");
        FileTime time = Files.getLastModifiedTime(photo);
        Files.setLastModifiedTime(photo, FileTime.fromMillis(time.toMillis() + 1000));
        assertNotEquals(before, Inputs.folders(List.of(content)), "a newer time, two folders down");
        Files.setLastModifiedTime(photo, time);
        assertEquals(before, Inputs.folders(List.of(content)), "the time back");

        Path session = content.resolve("2022-tag/a.md");
        Files.move(session, content.resolve("2022-tag/b.md"));
        assertNotEquals(before, Inputs.folders(List.of(content)), "a file renamed");
        Files.move(content.resolve("2022-tag/b.md"), session);
        assertEquals(before, Inputs.folders(List.of(content)), "the name back");

        write(content.resolve("2022-tag/neu.md"), "");
        assertNotEquals(before, Inputs.folders(List.of(content)), "an empty file added");
    }

    @Test
    void theSameTreeInTheSameFolderHasTheSameFingerprintWhateverTheOrderItWasWrittenIn() throws IOException {
        Path content = dir.resolve("content");
        write(content.resolve("b/2.md"), "zwei");
        write(content.resolve("a/1.md"), "eins");
        write(content.resolve("a/0.md"), "null");
        Fingerprint first = Inputs.folders(List.of(content));
        FileTime[] times = {Files.getLastModifiedTime(content.resolve("a/0.md")),
                Files.getLastModifiedTime(content.resolve("a/1.md")), Files.getLastModifiedTime(content.resolve("b/2.md"))};
        deleteTree(content);
        write(content.resolve("a/0.md"), "null");
        write(content.resolve("a/1.md"), "eins");
        write(content.resolve("b/2.md"), "zwei");
        Files.setLastModifiedTime(content.resolve("a/0.md"), times[0]);
        Files.setLastModifiedTime(content.resolve("a/1.md"), times[1]);
        Files.setLastModifiedTime(content.resolve("b/2.md"), times[2]);

        assertEquals(first, Inputs.folders(List.of(content)));
        assertNotEquals(first, Inputs.folders(List.of(content.resolve("a"))));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
