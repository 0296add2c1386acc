package de.tagungsband.publish;

import de.tagungsband.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An update cut off after its journal was written is completed by the next build, whatever part was done. */
class JournalTest {

    @TempDir
    Path dir;

    @Test
    void aJournalLeftBehindIsCarriedOutToTheEnd() throws IOException {
        for (int alreadyMoved = 0; alreadyMoved <= 2; alreadyMoved++) {
            Path out = dir.resolve("site-" + alreadyMoved);
            write(out.resolve("index.html"), "alt");
            write(out.resolve("2021/a/index.html"), "alt a");
            write(out.resolve("2019/weg/index.html"), "wird entfernt");
            write(out.resolve("bleibt.css"), "bleibt");
            Path staging = out.resolveSibling("." + out.getFileName() + ".staging-1");
            write(staging.resolve("index.html"), "neu");
            write(staging.resolve("2021/a/index.html"), "neu a");
            write(staging.resolve("2021/b/index.html"), "neu b");
            Files.write(Journal.file(out), Journal.bytes(staging.getFileName().toString(),
                    List.of("2021/a/index.html", "2021/b/index.html", "index.html"), List.of("2019/weg/index.html")));
            // the killed build had already moved some of the files in
            List<String> moved = List.of("2021/a/index.html", "2021/b/index.html").subList(0, alreadyMoved);
            for (String sitePath : moved) {
                Files.createDirectories(out.resolve(sitePath).getParent());
                Files.move(staging.resolve(sitePath), out.resolve(sitePath), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }

            SiteWriter.open(out).close(); // what every build does first

            Map<String, String> expected = new TreeMap<>(Map.of("index.html", "neu", "2021/a/index.html", "neu a",
                    "2021/b/index.html", "neu b", "bleibt.css", "bleibt"));
            assertEquals(expected, texts(out), "with " + alreadyMoved + " files moved before the kill");
            assertFalse(Files.exists(out.resolve("2019")), "an emptied folder is removed");
            assertFalse(Files.exists(Journal.file(out)));
            assertFalse(Files.exists(staging));
        }
    }

    @Test
    void aStagingFolderWithoutJournalIsDroppedAndTheSiteStaysOld() throws IOException {
        Path out = dir.resolve("site");
        write(out.resolve("index.html"), "alt");
        Path staging = out.resolveSibling(".site.staging-2");
        write(staging.resolve("index.html"), "neu, aber nie bestätigt");

        SiteWriter.open(out).close();

        assertEquals(Map.of("index.html", "alt"), texts(out));
        assertFalse(Files.exists(staging));
    }

    @Test
    void aJournalNamingAFileOutsideTheOutputFolderChangesNothing() throws IOException {
        Path victim = dir.resolve("victim.txt");
        write(victim, "bleibt");
        Path elsewhere = dir.resolve("elsewhere");
        write(elsewhere.resolve("a.txt"), "bleibt auch");
        for (String forged : List.of("../victim.txt", victim.toString(), "a/../../victim.txt", "link/a.txt",
                "x\nD\t" + victim)) {
            Path out = dir.resolve("site");
            write(out.resolve("index.html"), "alt");
            write(out.resolve("keep.html"), "alt");
            Files.createDirectories(out);
            if (!Files.exists(out.resolve("link"))) {
                Files.createSymbolicLink(out.resolve("link"), elsewhere);
            }
            Path staging = dir.resolve(".site.staging-1");
            write(staging.resolve("index.html"), "neu");
            Files.write(Journal.file(out), Journal.bytes(staging.getFileName().toString(), List.of("index.html"),
                    List.of("keep.html", forged)));

            IOException refused = assertThrows(IOException.class, () -> Journal.replay(out), forged);

            assertTrue(refused.getMessage().contains("nothing was changed"), refused.getMessage());
            assertEquals("bleibt", Files.readString(victim), forged);
            assertEquals("bleibt auch", Files.readString(elsewhere.resolve("a.txt")), forged);
            assertEquals("alt", Files.readString(out.resolve("index.html")), "no entry is carried out: " + forged);
            assertTrue(Files.exists(out.resolve("keep.html")), forged);
            Files.delete(Journal.file(out));
        }
    }

    @Test
    void aJournalInTheOldOneLineAPathFormatIsNotCarriedOut() throws IOException {
        Path victim = dir.resolve("victim.txt");
        write(victim, "bleibt");
        Path out = dir.resolve("site");
        write(out.resolve("index.html"), "alt");
        // a linked folder named "x\nD\t/…/victim.txt" once made this line-based journal delete the victim
        Files.write(Journal.file(out), List.of(".site.staging-1", "W\tx", "D\t" + victim), StandardCharsets.UTF_8);

        assertThrows(IOException.class, () -> Journal.replay(out));

        assertEquals("bleibt", Files.readString(victim));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Map<String, String> texts(Path site) {
        Map<String, String> texts = new TreeMap<>();
        SiteFiles.snapshot(site).forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }
}
