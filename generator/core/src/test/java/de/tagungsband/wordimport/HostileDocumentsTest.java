package de.tagungsband.wordimport;

import de.tagungsband.ContentFixture;
import de.tagungsband.UsageException;
import de.tagungsband.i18n.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static de.tagungsband.wordimport.PoiDocuments.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Documents made to harm: each is refused within seconds with a German message that says what is wrong, and
 * nothing is written into the content folder.
 */
class HostileDocumentsTest {

    private static final Duration SECONDS = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private void assertRefused(Path document, String... expected) throws IOException {
        Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
        List<String> before = files(content);
        UsageException refused = assertTimeoutPreemptively(SECONDS, () -> assertThrows(UsageException.class,
                () -> WordImport.run(new WordImport.Request(document, content, "2020-testtag", "talk", null, false))));
        String german = Texts.german().resolve(refused.getMessage());
        for (String part : expected) {
            assertTrue(german.contains(part), german);
        }
        String english = Texts.of("en").resolve(refused.getMessage());
        assertTrue(!english.equals(german) && !english.contains(" ist "), "not from the bundles: " + english);
        assertEquals(before, files(content), "the import wrote into the content folder");
    }

    private static List<String> files(Path content) throws IOException {
        try (Stream<Path> files = Files.walk(content)) {
            return files.map(content::relativize).map(Path::toString).sorted().toList();
        }
    }

    /** A valid .docx made by POI, then changed: entries replaced or added. */
    private Path changed(String name, Map<String, byte[]> replaced) throws IOException {
        return changed(new PoiDocuments().text("Title", "Harmlos").text(null, "Ein Absatz.").write(dir.resolve("original.docx")),
                name, replaced);
    }

    private Path changed(Path original, String name, Map<String, byte[]> replaced) throws IOException {
        Path changed = dir.resolve(name);
        try (ZipFile zip = new ZipFile(original.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(changed))) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (!replaced.containsKey(entry.getName())) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
            }
            for (Map.Entry<String, byte[]> entry : replaced.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
            }
        }
        return changed;
    }

    @Test
    void aFileThatIsNotAZip() throws IOException {
        Path file = dir.resolve("beitrag.docx");
        Files.writeString(file, "Sehr geehrte Damen und Herren, anbei mein Beitrag.");
        assertRefused(file, "beitrag.docx ist kein Word-Dokument (.docx)", "kein ZIP-Archiv", "speichern Sie sie als .docx");
    }

    @Test
    void anOldWordFile() throws IOException {
        Path file = dir.resolve("beitrag.docx");
        Files.write(file, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        assertRefused(file, "im alten Format (.doc)", "Word-Dokument (.docx)");
    }

    @Test
    void aZipBomb() throws IOException {
        Path bomb = dir.resolve("bombe.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                out.write(zeros);
            }
        }
        assertTrue(Files.size(bomb) < 200_000, "the bomb should be small packed: " + Files.size(bomb));
        assertRefused(bomb, "ZIP-Bombe", "word/document.xml", "nicht geöffnet");
    }

    @Test
    void anXmlEntityBomb() throws IOException {
        String laughs = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <!DOCTYPE w:document [
                 <!ENTITY lol "lol">
                 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
                ]>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>
                """;
        Path bomb = changed("entitaeten.docx", Map.of("word/document.xml", laughs.getBytes(StandardCharsets.UTF_8)));
        assertRefused(bomb, "entitaeten.docx lässt sich nicht als Word-Dokument lesen", "Dokumenttyp-Deklaration",
                "speichern Sie sie erneut als .docx");
    }

    @Test
    void tenThousandFootnotes() throws IOException {
        PoiDocuments doc = new PoiDocuments().text("Title", "Fußnotenflut");
        Path original = doc.paragraph(run("Text") + doc.note(false, "Die einzige Anmerkung.")).write(dir.resolve("eine.docx"));
        StringBuilder notes = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes "
                + PoiDocuments.NAMESPACES + ">");
        StringBuilder references = new StringBuilder();
        for (int i = 1; i <= 10_000; i++) {
            notes.append("<w:footnote w:id=\"").append(i).append("\"><w:p>").append(run("Anmerkung " + i)).append("</w:p></w:footnote>");
            references.append("<w:r><w:footnoteReference w:id=\"").append(i).append("\"/></w:r>");
        }
        notes.append("</w:footnotes>");
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + PoiDocuments.NAMESPACES
                + "><w:body><w:p>" + run("Text") + references + "</w:p></w:body></w:document>";
        Path file = changed(original, "fussnoten.docx", Map.of("word/footnotes.xml", notes.toString().getBytes(StandardCharsets.UTF_8),
                "word/document.xml", document.getBytes(StandardCharsets.UTF_8)));
        assertRefused(file, "fussnoten.docx hat mehr als 2.000 Fußnoten oder Endnoten (10.000)", "höchstens 2.000",
                "mehrere Beiträge");
    }

    @Test
    void anImageOfOneHundredMegabytes() throws IOException {
        Path original = new PoiDocuments().text("Title", "Großes Bild").write(dir.resolve("original.docx"));
        Path file = dir.resolve("grosses-bild.docx");
        byte[] noise = new byte[100 * 1024 * 1024];
        new Random(20).nextBytes(noise);
        try (ZipFile zip = new ZipFile(original.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
            }
            ZipEntry image = new ZipEntry("word/media/image1.png");
            image.setMethod(ZipEntry.STORED);
            image.setSize(noise.length);
            CRC32 crc = new CRC32();
            crc.update(noise);
            image.setCrc(crc.getValue());
            out.putNextEntry(image);
            out.write(noise);
        }
        assertRefused(file, "das Bild word/media/image1.png ist 100 MB groß", "höchstens 20 MB", "Bild komprimieren");
    }

    @Test
    void aFileNameThatLeadsOutOfTheArchive() throws IOException {
        Path file = changed("pfad.docx", Map.of("../../../../tmp/boese.sh", "echo hallo".getBytes(StandardCharsets.UTF_8)));
        assertRefused(file, "pfad.docx enthält eine Datei mit dem Pfad „../../../../tmp/boese.sh“", "aus dem Archiv hinausführt");
        Path absolute = changed("absolut.docx", Map.of("/etc/boese", "x".getBytes(StandardCharsets.UTF_8)));
        assertRefused(absolute, "aus dem Archiv hinausführt");
    }
}
