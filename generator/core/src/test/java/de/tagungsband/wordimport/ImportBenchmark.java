package de.tagungsband.wordimport;

import de.tagungsband.ContentFixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * bench/word-import.sh: {@code write FILE.fodt PAGES} writes a contribution of about PAGES pages (sections with
 * headings, paragraphs with emphasis and footnotes, a nested list, a table and an image every few pages), which the
 * script lets LibreOffice save as .docx; {@code run FILE.docx RUNS} imports it RUNS times into a fresh copy of the
 * small test archive and prints each time and the median. Asserts nothing.
 */
public final class ImportBenchmark {

    private static final String[] SENTENCES = {
        "Die Sprachmittlung im Sozialraum ist mehr als das Übertragen von Worten zwischen zwei Sprachen.",
        "Fachkräfte der Flüchtlingssozialarbeit berichteten, wie sich ihre Arbeit seit 2015 verändert hat.",
        "Viele Angebote entstanden in Modellprojekten und mussten nach dem Ende der Förderung neu finanziert werden.",
        "Die Teilnehmenden diskutierten, welche Strukturen tragen, wenn befristete Stellen auslaufen.",
        "Ehrenamtliche und Hauptamtliche arbeiten in Tandems zusammen und teilen Verantwortung.",
        "Besonders im ländlichen Raum fehlen Beratungsstellen, die ohne lange Anreise erreichbar sind.",
    };

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("write")) {
            write(Path.of(args[1]), Integer.parseInt(args[2]));
        } else {
            run(Path.of(args[1]), Integer.parseInt(args[2]));
        }
    }

    private static void write(Path file, int pages) throws Exception {
        String template = OfficeDocuments.resource("werkstattbericht.fodt");
        String head = template.substring(0, template.indexOf("   <text:p text:style-name=\"Title\">"));
        String png = Base64.getEncoder().encodeToString(OfficeDocuments.chart());
        StringBuilder body = new StringBuilder(head.replace("{{PNG}}", png));
        body.append("   <text:p text:style-name=\"Title\">Ein langer Beitrag</text:p>\n");
        body.append("   <text:p text:style-name=\"Standard\">Von Anna Alt</text:p>\n");
        int note = 0;
        int sections = pages * 6 / 5; // LibreOffice sets five sections on about four A4 pages
        for (int page = 1; page <= sections; page++) {
            body.append("   <text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">Abschnitt ").append(page)
                    .append("</text:h>\n");
            for (int p = 0; p < 4; p++) {
                body.append("   <text:p text:style-name=\"Standard\">");
                for (int s = 0; s < 5; s++) {
                    body.append(SENTENCES[(page + p + s) % SENTENCES.length]).append(' ');
                }
                body.append("Das gilt <text:span text:style-name=\"T_bold\">besonders</text:span> für <text:span "
                        + "text:style-name=\"T_italic\">kleine</text:span> Träger.");
                note++;
                body.append("<text:note text:id=\"ftn").append(note).append("\" text:note-class=\"footnote\"><text:note-citation>")
                        .append(note).append("</text:note-citation><text:note-body><text:p text:style-name=\"Footnote\">Anmerkung ")
                        .append(note).append(" zu Abschnitt ").append(page).append(".</text:p></text:note-body></text:note></text:p>\n");
            }
            body.append("   <text:list text:style-name=\"L_bullets\"><text:list-item><text:p>Punkt eins</text:p><text:list>"
                    + "<text:list-item><text:p>Unterpunkt</text:p></text:list-item></text:list></text:list-item>"
                    + "<text:list-item><text:p>Punkt zwei</text:p></text:list-item></text:list>\n");
            if (page % 4 == 0) {
                body.append("   <table:table table:name=\"T").append(page).append("\"><table:table-column table:number-columns-repeated=\"2\"/>"
                        + "<table:table-header-rows><table:table-row><table:table-cell><text:p>Jahr</text:p></table:table-cell>"
                        + "<table:table-cell><text:p>Stellen</text:p></table:table-cell></table:table-row></table:table-header-rows>"
                        + "<table:table-row><table:table-cell><text:p>2020</text:p></table:table-cell><table:table-cell><text:p>12"
                        + "</text:p></table:table-cell></table:table-row></table:table>\n");
                body.append("   <text:p text:style-name=\"Standard\"><draw:frame draw:name=\"Bild").append(page)
                        .append("\" text:anchor-type=\"as-char\" svg:width=\"8cm\" svg:height=\"5cm\"><draw:image><office:binary-data>")
                        .append(png).append("</office:binary-data></draw:image><svg:desc>Diagramm ").append(page)
                        .append("</svg:desc></draw:frame></text:p>\n");
            }
        }
        body.append("  </office:text>\n </office:body>\n</office:document>\n");
        Files.writeString(file, body.toString());
    }

    private static void run(Path docx, int runs) throws Exception {
        List<Double> times = new ArrayList<>();
        List<Double> cpuTimes = new ArrayList<>();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs + 1; i++) {
            Path dir = Files.createTempDirectory("import-bench");
            Path content = ContentFixture.minimal().writeTo(dir.resolve("content"));
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            WordImport.Result result = WordImport.run(new WordImport.Request(docx, content, "2020-testtag", "talk", null, false));
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            if (i == 0) {
                System.out.printf("first import (cold JVM): %.2f s (CPU %.2f s), %d report lines, %d images, %d characters of "
                        + "Markdown%n", seconds, cpu, result.report().entries().size(), result.images().size(),
                        result.markdown().length());
            } else {
                times.add(seconds);
                cpuTimes.add(cpu);
            }
        }
        Collections.sort(times);
        Collections.sort(cpuTimes);
        System.out.printf("import of %s, %d runs after the first: median %.3f s (CPU of the importing thread %.3f s), "
                + "fastest %.3f s, slowest %.3f s%n", docx.getFileName(), runs, times.get(times.size() / 2),
                cpuTimes.get(cpuTimes.size() / 2), times.get(0), times.get(times.size() - 1));
    }
}
