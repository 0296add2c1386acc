package de.tagungsband.cli;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static de.tagungsband.cli.ExampleContent.REPO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tagungsband import}: the record, the report, exit code 2 instead of overwriting, --force for a draft. */
class ImportCommandTest extends CommandLineRun {

    @Test
    void importWritesADraftPrintsTheReportAndNeverOverwrites() throws IOException {
        Path content = ExampleContent.copyTo(dir.resolve("content"));
        Path docx = dir.resolve("Beitrag_final.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream file = Files.newOutputStream(docx)) {
            document.createParagraph().setStyle("Title");
            document.getParagraphs().get(0).createRun().setText("Gute Praxis im Landkreis");
            document.createParagraph().createRun().setText("Von Marianne Sand");
            document.createParagraph();
            document.createParagraph().createRun().setText("Der erste Absatz.");
            document.write(file);
        }
        String[] command = {"import", docx.toString(), "--event", "2021-vom-ankommen-und-bleiben", "--kind", "workshop",
                "--content", content.toString()};

        assertEquals(0, run(command), err::toString);
        Path record = content.resolve("2021-vom-ankommen-und-bleiben/gute-praxis-im-landkreis.md");
        assertTrue(out.toString().contains("Eingelesen als Entwurf (draft: true): " + record), out.toString());
        assertTrue(out.toString().contains("  Absatz 3: leerer Absatz (Abstand) entfernt"), out.toString());
        assertTrue(Files.readString(record).contains("kind: workshop\nauthors: [marianne-sand]\n"), Files.readString(record));
        assertEquals(0, run("check", "--drafts", "--content", content.toString(), "--templates",
                REPO.resolve("templates").toString()), err::toString);

        assertEquals(2, run(command));
        assertTrue(err.toString().contains("gibt es schon (ein Entwurf): nichts wurde geschrieben. Mit --force"), err.toString());
        assertEquals(0, run(concat(command, "--force")), err::toString);
        assertEquals(2, run("import", dir.resolve("fehlt.docx").toString(), "--event", "2021-vom-ankommen-und-bleiben",
                "--content", content.toString()));
        assertTrue(err.toString().contains("fehlt.docx gibt es nicht"), err.toString());

        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertEquals(0, run(concat(command, "--force", "--lang", "en")), err::toString);
        assertTrue(out.toString().contains("  Paragraph 3: empty paragraph (spacing) removed"), out.toString());
        assertEquals(2, run("import", dir.resolve("fehlt.docx").toString(), "--event", "2021-vom-ankommen-und-bleiben",
                "--content", content.toString(), "--lang", "en"));
        assertTrue(err.toString().contains("fehlt.docx does not exist"), err.toString());
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
