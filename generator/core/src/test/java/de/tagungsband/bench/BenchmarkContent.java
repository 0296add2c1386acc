package de.tagungsband.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a content folder with one event whose volume runs to about 300 A4 pages: 36 sessions of about 2,900
 * words each, with headings, lists, a table, footnotes and inputs. Deterministic: the same arguments give the
 * same files.
 *
 * <p>Usage: {@code BenchmarkContent <content folder> [sessions]}
 */
public final class BenchmarkContent {

    private static final String[] WORDS = ("Flüchtlingssozialarbeit Integration Sozialraum Begegnungszentrum "
            + "Migrationsberatung Verstetigung Förderperiode Netzwerk Ehrenamt Hauptamt Teilhabe Nachbarschaft "
            + "Kommune Landkreis Beratung Sprachmittlung Wohnraum Arbeitsmarkt Bildung Kindertagesstätte Schule "
            + "Verwaltung Fachkräfte Angebote Strukturen Zugänge Vertrauen Beziehungen Projekt Regelstruktur "
            + "die der das und mit von für im auf zu ist wird sind werden nicht auch eine einen dem den des "
            + "sich als bei nach über unter zwischen gemeinsam vor Ort langfristig verlässlich offen").split(" ");

    private BenchmarkContent() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 36;
        Random random = new Random(2026);
        write(root.resolve("site.yaml"), """
                title: "Benchmark-Archiv"
                base_url: "https://bench.example.org/"
                language: de
                publisher: "Fachstelle Benchmark"
                print_contact: "druck@example.org"
                licence: "CC BY-SA 4.0"
                """);
        StringBuilder people = new StringBuilder("org-a:\n  name: \"Verein für Teilhabe e.V.\"\n  kind: organisation\n");
        for (int i = 1; i <= 40; i++) {
            people.append("person-").append(i).append(":\n  name: \"Vorname").append(i).append(" Nachname").append(i)
                    .append("\"\n  kind: person\n  role: \"Referentin für Integration\"\n  organisation: org-a\n");
        }
        write(root.resolve("people.yaml"), people.toString());
        Path event = root.resolve("2025-benchmark");
        write(event.resolve("event.md"), """
                ---
                title: "Benchmark-Fachtag"
                subtitle: "Ein Tagungsband von etwa dreihundert Seiten"
                date: 2025-06-12
                format: in-person
                location: "Leipzig"
                organiser: org-a
                editors: [org-a]
                ---
                """ + paragraphs(random, 4));
        for (int s = 1; s <= sessions; s++) {
            StringBuilder body = new StringBuilder();
            for (int part = 1; part <= 5; part++) {
                body.append("## Abschnitt ").append(part).append("\n\n").append(paragraphs(random, 4));
                if (part == 2) {
                    body.append("- ").append(sentence(random, 12)).append("\n- ").append(sentence(random, 14))
                            .append("\n- ").append(sentence(random, 10)).append("\n\n");
                }
                if (part == 3) {
                    body.append("| Jahr | Angebote | Teilnehmende |\n|---|---:|---:|\n");
                    for (int y = 2019; y <= 2024; y++) {
                        body.append("| ").append(y).append(" | ").append(10 + random.nextInt(30)).append(" | ")
                                .append(100 + random.nextInt(900)).append(" |\n");
                    }
                    body.append('\n');
                }
            }
            body.append("Mehr dazu in der Auswertung.[^1] Und ein zweiter Beleg.[^2]\n\n");
            body.append("[^1]: ").append(sentence(random, 20)).append("\n[^2]: ").append(sentence(random, 12)).append('\n');
            int a = 1 + random.nextInt(40);
            int b = 1 + random.nextInt(40);
            write(event.resolve("sitzung-" + s + ".md"), """
                    ---
                    title: "Sitzung %d: %s"
                    kind: workshop
                    authors: [person-%d]
                    order: %d
                    topics: ["Integration", "Sozialraum"]
                    inputs:
                      - title: "Input zu %s"
                        speakers: [person-%d]
                    ---
                    """.formatted(s, sentence(random, 6).replace(".", ""), a, s, WORDS[random.nextInt(30)], b) + body);
        }
    }

    private static String paragraphs(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < count; p++) {
            for (int s = 0; s < 6; s++) {
                text.append(sentence(random, 12 + random.nextInt(14))).append(' ');
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            sentence.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
        }
        return sentence.toString().strip() + ".";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
