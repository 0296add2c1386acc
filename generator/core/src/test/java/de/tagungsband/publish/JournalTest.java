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
            Files.write(Journal.file(out), List.of(staging.getFileName().toString(), "W\t2021/a/index.html",
                    "W\t2021/b/index.html", "W\tindex.html", "D\t2019/weg/index.html"), StandardCharsets.UTF_8);
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
