package de.tagungsband.publish;

import de.tagungsband.digest.Fingerprint;
import de.tagungsband.publish.OutputManifest.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stamps of a build's files survive being written and read, and tell a changed or missing file. */
class OutputStampsTest {

    private static final List<String> FILES = List.of("index.html", "2021/index.html", "2021/tag/index.html",
            "2021/tag/zitation.bib", "2021/tag/a/index.html", "assets/site.css", "suche/w-ä.js");

    @TempDir
    Path out;

    @Test
    void writtenAndReadTheyNameEveryFileWithItsSizeAndTime() throws IOException {
        Map<String, OutputFile> manifest = written();
        OutputStamps read = roundTrip(OutputStamps.of(manifest));

        Map<String, OutputFile> back = new TreeMap<>();
        for (int i = 0; i < read.count(); i++) {
            back.put(read.path(i), new OutputFile(manifest.get(read.path(i)).content(), read.size(i), read.modified(i)));
        }
        assertEquals(new TreeMap<>(manifest), back);
        assertTrue(SiteWriter.holds(out, read));
    }

    @Test
    void aFileChangedOrDeletedByHandIsNoticed() throws IOException {
        OutputStamps stamps = roundTrip(OutputStamps.of(written()));
        for (String sitePath : List.of("index.html", "2021/tag/zitation.bib", "suche/w-ä.js")) {
            Path file = out.resolve(sitePath);
            byte[] bytes = Files.readAllBytes(file);
            FileTime time = Files.getLastModifiedTime(file);

            Files.writeString(file, "von Hand");
            assertFalse(SiteWriter.holds(out, stamps), "changed: " + sitePath);
            Files.write(file, bytes);
            Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() - 5000));
            assertFalse(SiteWriter.holds(out, stamps), "same size, other time: " + sitePath);
            Files.delete(file);
            assertFalse(SiteWriter.holds(out, stamps), "deleted: " + sitePath);

            Files.write(file, bytes);
            Files.setLastModifiedTime(file, time);
            assertTrue(SiteWriter.holds(out, stamps), "restored: " + sitePath);
        }
    }

    @Test
    void nothingWrittenHoldsNothing() {
        assertFalse(SiteWriter.holds(out, OutputStamps.EMPTY));
        assertFalse(SiteWriter.holds(out, OutputStamps.of(Map.of())));
    }

    @Test
    void damagedStampsAreRefusedNotBelieved() throws IOException {
        byte[] bytes = bytes(OutputStamps.of(written()));
        byte[] huge = bytes.clone();
        huge[0] = 0x7f; // a count of two billion names
        assertThrows(IOException.class, () -> read(huge));
        byte[] large = bytes.clone();
        large[1] = 0x10; // a quarter of a billion names: the file ends long before
        assertThrows(IOException.class, () -> read(large));
        assertThrows(IOException.class, () -> read(Arrays.copyOf(bytes, bytes.length / 2)));
    }

    private Map<String, OutputFile> written() throws IOException {
        Map<String, OutputFile> manifest = new LinkedHashMap<>();
        for (String sitePath : FILES) {
            Path file = out.resolve(sitePath);
            Files.createDirectories(file.getParent());
            byte[] bytes = ("Inhalt von " + sitePath).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Files.write(file, bytes);
            manifest.put(sitePath, OutputFile.stat(file, Fingerprint.of(bytes)));
        }
        return manifest;
    }

    private static OutputStamps roundTrip(OutputStamps stamps) throws IOException {
        return read(bytes(stamps));
    }

    private static byte[] bytes(OutputStamps stamps) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(bytes)) {
            stamps.write(data);
        }
        return bytes.toByteArray();
    }

    private static OutputStamps read(byte[] bytes) throws IOException {
        return OutputStamps.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    }
}
