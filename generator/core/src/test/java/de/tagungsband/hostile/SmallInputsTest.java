package de.tagungsband.hostile;

import com.google.gson.JsonParser;
import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.ContentFixture;
import de.tagungsband.Tagungsband;
import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.i18n.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Small inputs that crashed a build or merged two pages before (issue 23): nested YAML, long and non-Latin topics,
 * topics that share an address, control characters in the front matter. The timeout guards against hangs.
 */
@Timeout(120)
class SmallInputsTest {

    private static final String SESSION = "2020-testtag/zweiter.md";

    @TempDir
    Path dir;

    private Path content(String session) throws IOException {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        Files.writeString(content.resolve(SESSION), session);
        return content;
    }

    private BuildResult build(Path content) {
        return Tagungsband.build(BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates()).proceedings(false).build());
    }

    private static String session(String frontMatterExtra) {
        return "---\ntitle: \"Zweiter Beitrag\"\nkind: talk\norder: 2\n" + frontMatterExtra + "---\nText.\n";
    }

    private static boolean reported(BuildResult result, Diagnostic.Severity severity, String file, int line, String english) {
        return result.diagnostics().stream().anyMatch(d -> d.severity() == severity && d.file().toString().equals(file)
                && d.line() == line && d.message(Texts.of("en")).contains(english));
    }

    @Test
    void twentyThousandNestedBracketsOrMappingsAreAnErrorAtTheirLineNotAStackOverflow() throws IOException {
        BuildResult flow = build(content(session("topics: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n")));
        assertTrue(reported(flow, Diagnostic.Severity.ERROR, SESSION, 5, "nested more than 50 levels"),
                flow.diagnostics()::toString);
        assertTrue(flow.diagnostics().stream().allMatch(d -> d.message(Texts.german()).length() < 400));

        BuildResult flowMappings = build(content(session("extra: " + "{a: ".repeat(20_000) + "1" + "}".repeat(20_000) + "\n")));
        assertTrue(reported(flowMappings, Diagnostic.Severity.ERROR, SESSION, 5, "nested more than 50 levels"),
                flowMappings.diagnostics()::toString);

        StringBuilder block = new StringBuilder("extra:\n");
        for (int i = 1; i < 300; i++) {
            block.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        BuildResult mappings = build(content(session(block.toString())));
        assertTrue(reported(mappings, Diagnostic.Severity.ERROR, SESSION, 5 + 50, "nested more than 50 levels"),
                mappings.diagnostics()::toString);
        assertTrue(Texts.german().resolve(mappings.diagnostics().get(0).message()).contains("verschachtelt"));
    }

    @Test
    void aTopicOfTwoHundredCharactersGetsAShortAddress() throws IOException {
        String topic = "Teilhabe ".repeat(22).strip();
        BuildResult result = build(content(session("topics: [\"" + topic + "\"]\n")));
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        try (Stream<Path> topics = Files.list(dir.resolve("site/themen"))) {
            List<String> names = topics.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.startsWith("teilhabe-teilhabe") && n.length() <= 80), names::toString);
        }
    }

    @Test
    void topicsWithoutLatinLettersEachGetTheirOwnPage() throws IOException {
        BuildResult result = build(content(session("topics: [\"Інтеграція\", \"تعليم\", \"!!!\"]\n")));
        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        Path topics = dir.resolve("site/themen");
        assertTrue(Files.exists(topics.resolve("integracia/index.html")));
        try (Stream<Path> pages = Files.list(topics)) {
            // Sozialraum from the first session, the three here, and the list of all topics
            assertEquals(5, pages.filter(Files::isDirectory).count() + 1);
        }
        String list = Files.readString(topics.resolve("index.html"));
        assertTrue(list.contains("Інтеграція") && list.contains("تعليم") && list.contains("!!!") && list.contains("Sozialraum"));
    }

    @Test
    void twoTopicsThatWouldShareAnAddressAreAnErrorNamingBoth() throws IOException {
        BuildResult result = build(content(session("topics:\n  - \"Sozialraum!\"\n")));
        assertTrue(reported(result, Diagnostic.Severity.ERROR, SESSION, 6, "'Sozialraum!' would get the same address"),
                result.diagnostics()::toString);
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.message(Texts.of("en")).contains("2020-testtag/erster.md")));

        BuildResult sameTopic = build(content(session("topics: [\"sozialraum\"]\n")));
        assertFalse(sameTopic.hasErrors(), "a topic written in other case is the same topic");
    }

    /** Every C0 control but tab and line feed, DEL, C1 controls, and noncharacters, as YAML escapes. */
    private static String everyUnprintable() {
        StringBuilder escapes = new StringBuilder();
        for (int c = 0; c < 0xa0; c++) {
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c >= 0x7f) {
                escapes.append(String.format("\\x%02x", c));
            }
        }
        for (int c = 0xfdd0; c <= 0xfdef; c++) {
            escapes.append(String.format("\\u%04x", c));
        }
        return escapes.append("\\ufffe\\uffff\\U0001fffe\\U0010ffff").toString();
    }

    @Test
    void controlCharactersInTheFrontMatterAreRemovedWithAWarningAndEveryXmlAndJsonFileParses() throws Exception {
        String dirty = everyUnprintable();
        BuildResult result = build(content("---\ntitle: \"Zwei" + dirty + "ter Beitrag\"\nkind: talk\norder: 2\n"
                + "topics: [\"Glo" + dirty + "cke\"]\n---\nText.\n"));

        assertFalse(result.hasErrors(), result.diagnostics()::toString);
        assertTrue(reported(result, Diagnostic.Severity.WARNING, SESSION, 2, "invisible control characters"),
                result.diagnostics()::toString);
        assertTrue(reported(result, Diagnostic.Severity.WARNING, SESSION, 5, "invisible control characters"));
        Path site = dir.resolve("site");
        int parsed = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".xml") || name.endsWith(".opf") || name.endsWith(".svg")) {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                    factory.newDocumentBuilder().parse(file.toFile());
                    parsed++;
                } else if (name.endsWith(".json")) {
                    JsonParser.parseString(Files.readString(file));
                    parsed++;
                }
                if (name.endsWith(".html") || name.endsWith(".xml") || name.endsWith(".bib") || name.endsWith(".ris")
                        || name.endsWith(".json")) {
                    String text = Files.readString(file);
                    assertTrue(text.codePoints().noneMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                            || (c >= 0x7f && c < 0xa0) || (c & 0xfffe) == 0xfffe), file::toString);
                }
            }
        }
        assertTrue(parsed >= 2, "feed.xml, sitemap.xml and the search index were read back");
        assertTrue(Files.readString(site.resolve("2020/testtag/zweiter/index.html")).contains("Zweiter Beitrag"));
    }
}
