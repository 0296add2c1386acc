package de.tagungsband.publish;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same content gives the same bytes in two separate JVMs (whose hash orders differ), so that an upload of
 * an unchanged archive moves nothing.
 */
class ReproducibleBuildTest {

    @TempDir
    Path dir;

    /** Builds the repository's example into args[0]; run in a JVM of its own by the test. */
    public static void main(String[] args) {
        BuildResult result = Tagungsband.build(BuildOptions.defaults(ContentFixture.repository()).withOut(Path.of(args[0])));
        System.exit(result.hasErrors() ? 1 : 0);
    }

    @Test
    void twoJvmsBuildTheExampleByteForByteAlike() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        build(first);
        build(second);
        Map<String, byte[]> a = SiteFiles.snapshot(first);
        Map<String, byte[]> b = SiteFiles.snapshot(second);
        assertTrue(a.size() > 90, "files: " + a.size());
        assertEquals(a.keySet(), b.keySet());
        a.forEach((file, bytes) -> assertArrayEquals(bytes, b.get(file), file));
    }

    private static void build(Path out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dtagungsband.repo=" + ContentFixture.repository(),
                ReproducibleBuildTest.class.getName(), out.toString()));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the build finishes");
        assertEquals(0, process.exitValue());
    }
}
