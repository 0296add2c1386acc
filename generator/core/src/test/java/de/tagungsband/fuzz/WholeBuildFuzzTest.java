package de.tagungsband.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.SiteFiles;
import de.tagungsband.Tagungsband;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole build on generated records: it either reports diagnostics and writes nothing, or produces a site in
 * which every page parses, carries the record's title as text and runs no script.
 */
class WholeBuildFuzzTest {

    private static final List<String> KINDS = List.of("workshop", "talk", "panel", "keynote", "input", "Vortrag");
    private static final List<String> IDS = List.of("anna-alt", "bernd-bach", "verein", "niemand");

    @FuzzTest(maxDuration = "20s")
    void buildsOrReportsNeverCrashes(FuzzedDataProvider data) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-build");
        try {
            String title = data.consumeString(80);
            String record = "---\ntitle: " + yamlQuoted(title) + "\nkind: " + data.pickValue(KINDS)
                    + "\nauthors: [" + data.pickValue(IDS) + "]\norder: " + data.consumeInt(-3, 5)
                    + "\ntopics: [" + yamlQuoted(data.consumeString(20)) + "]\n---\n" + data.consumeRemainingAsString();
            Path content = ContentFixture.minimal().with("2020-testtag/zweiter.md", record).writeTo(dir.resolve("content"));
            Path site = dir.resolve("site");

            BuildResult result = Tagungsband.build(BuildOptions.builder(content, site).templates(ContentFixture.templates()).build());

            if (result.hasErrors()) {
                assertTrue(Files.notExists(site), "a failed build wrote a site");
                return;
            }
            for (Path page : SiteFiles.htmlFiles(site)) {
                Document doc = SiteFiles.parse(page);
                assertTrue(doc.select("main script, [onerror], [onload], iframe").isEmpty(), page::toString);
            }
            Path zweiter = site.resolve("2020/testtag/zweiter/index.html");
            if (Files.exists(zweiter)) {
                String expected = title.strip();
                String shown = SiteFiles.parse(zweiter).selectFirst("h1").text();
                if (!expected.isEmpty() && expected.chars().noneMatch(c -> c < 0x20 || (c >= 0x200B && c <= 0x206F) || c == 0xFEFF)) {
                    assertEquals(expected.replaceAll("\\s+", " "), shown);
                }
            }
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String yamlQuoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
