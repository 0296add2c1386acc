package de.tagungsband.publish;

import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same content gives the same bytes, whatever the folder, time zone or locale of the machine. */
class ReproducibleBuildTest {

    @TempDir
    Path dir;

    @Test
    void twoBuildsInDifferentFoldersTimeZonesAndLocalesAreByteIdentical() throws Exception {
        Path first = build(dir.resolve("a/site"), "-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=US");
        Path second = build(dir.resolve("b/deeper/ausgabe"), "-Duser.timezone=Pacific/Kiritimati",
                "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1");

        Map<String, byte[]> a = SiteFiles.snapshot(first);
        Map<String, byte[]> b = SiteFiles.snapshot(second);
        assertEquals(a.keySet(), b.keySet());
        assertTrue(a.size() > 40);
        a.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, b.get(path)), "differs: " + path));
    }

    private Path build(Path out, String... jvmOptions) throws Exception {
        Process process = BuildProcess.start(ContentFixture.repository().resolve("content"), ContentFixture.templates(), out, jvmOptions);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "build did not finish");
        assertEquals(0, process.exitValue());
        return out;
    }
}
