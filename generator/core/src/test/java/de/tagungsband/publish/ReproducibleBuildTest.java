package de.tagungsband.publish;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same archive gives the same bytes wherever it lies: the example, with its volumes (PDF) and e-books (EPUB),
 * built from two folders of different depth (with the built-in templates, which every build unpacks into a new
 * temporary folder), is compared file by file, byte for byte.
 */
class ReproducibleBuildTest {

    @TempDir
    Path dir;

    private Map<String, byte[]> build(Path folder) {
        Path content = SiteFiles.copyTree(ContentFixture.repository().resolve("content"), folder.resolve("content"));
        // the built-in templates, unpacked into a new temporary folder by every build
        BuildResult result = Tagungsband.build(BuildOptions.builder(content, folder.resolve("site")).build());
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        return SiteFiles.snapshot(folder.resolve("site"));
    }

    @Test
    void theExampleBuiltInTwoFoldersOfDifferentDepthIsTheSameByteForByte() {
        Map<String, byte[]> near = build(dir.resolve("a"));
        Map<String, byte[]> far = build(dir.resolve("b/ein Ordner mit Leerzeichen/und noch einer/tief"));

        assertEquals(new TreeSet<>(near.keySet()), new TreeSet<>(far.keySet()));
        assertTrue(near.keySet().stream().anyMatch(f -> f.endsWith(".pdf")), near.keySet()::toString);
        assertTrue(near.keySet().stream().anyMatch(f -> f.endsWith(".epub")), near.keySet()::toString);
        for (String file : new TreeSet<>(near.keySet())) {
            if (!Arrays.equals(near.get(file), far.get(file))) {
                assertArrayEquals(near.get(file), far.get(file), file + " differs");
            }
        }
    }
}
