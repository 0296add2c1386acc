package de.tagungsband.bench;

import de.tagungsband.slug.Slugs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a realistic archive in tagungsband's content format, and optionally the same corpus in Hugo's layout:
 * N sessions in N/10 events over many years, N/5 people and organisations, German text with headings, lists,
 * footnotes and a table, one to three inputs with one to three speakers each, 20 topics. The heavy corpus
 * ({@code heavy} as last argument) is the one issue 21 measures with: bodies of 7–13 KB of German prose (median
 * about 9 KB) with two footnotes and a link each, one to four inputs (2.5 on average), 0.165 N people and
 * organisations (1,650 at 10,000 sessions), 30 topics. The same size, seed and weight give the same files.
 *
 * <p>Usage: {@code CorpusGenerator <sessions> <seed> <content-dir> [<hugo-site-dir>] [heavy]}
 */
public final class CorpusGenerator {

    static final List<String> TOPICS = List.of("Sozialraum", "Integration", "Ehrenamt", "Verstetigung",
            "Digitalisierung", "Ländlicher Raum", "Partizipation", "Beratung", "Gemeinwesenarbeit", "Sprachmittlung",
            "Wohnen", "Arbeit", "Bildung", "Gesundheit", "Kinder und Familien", "Jugend", "Antidiskriminierung",
            "Frauen", "Kommunalpolitik", "Fachstandards");
    /** The heavy corpus's ten topics more. */
    static final List<String> MORE_TOPICS = List.of("Demokratiebildung", "Pflege", "Armut", "Inklusion", "Klima",
            "Sport", "Kultur", "Queere Jugend", "Wohnungslosigkeit", "Sucht");
    private static final List<String> KINDS = List.of("workshop", "workshop", "talk", "panel", "keynote");
    private static final List<String> FORMATS = List.of("online", "in-person", "hybrid");

    private final int sessions;
    private final Random random;
    private final GermanText text;
    private final HugoWriter hugo;
    private final boolean heavy;
    private final List<String> topics;

    private CorpusGenerator(int sessions, long seed, HugoWriter hugo, boolean heavy) {
        this.sessions = sessions;
        this.heavy = heavy;
        this.topics = heavy ? Stream.concat(TOPICS.stream(), MORE_TOPICS.stream()).toList() : TOPICS;
        this.random = new Random(seed);
        this.text = new GermanText(random);
        this.hugo = hugo;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: CorpusGenerator <sessions> <seed> <content-dir> [<hugo-site-dir>] [heavy]");
            System.exit(2);
        }
        int sessions = Integer.parseInt(args[0]);
        boolean heavy = args[args.length - 1].equals("heavy");
        int folders = args.length - (heavy ? 1 : 0);
        HugoWriter hugo = folders > 3 ? new HugoWriter(Path.of(args[3])) : null;
        new CorpusGenerator(sessions, Long.parseLong(args[1]), hugo, heavy).write(Path.of(args[2]));
    }

    void write(Path content) throws IOException {
        Files.createDirectories(content);
        int peopleCount = Math.max(10, heavy ? sessions * 165 / 1000 : sessions / 5);
        List<String> people = writePeople(content, peopleCount);
        Files.writeString(content.resolve("site.yaml"), """
                title: "Benchmark-Archiv"
                base_url: "https://bench.example.org/"
                language: de
                publisher: "Landesfachstelle Benchmark"
                print_contact: "druck@bench.example.org"
                licence: "CC BY 4.0"
                """);
        int events = Math.max(1, sessions / 10);
        int written = 0;
        for (int e = 0; e < events; e++) {
            int year = 2026 - (e * 30 / Math.max(1, events)) - (e % 3 == 0 ? 0 : 1);
            String slug = "fachtag-" + (e + 1) + "-" + Slugs.of(text.noun());
            Path folder = Files.createDirectories(content.resolve(year + "-" + slug));
            LocalDate date = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            String eventTitle = "Fachtag " + (e + 1) + ": " + text.title();
            Files.writeString(folder.resolve("event.md"), "---\ntitle: " + q(eventTitle) + "\nsubtitle: "
                    + q(text.paragraph(1)) + "\ndate: " + date + "\nformat: " + text.pick(FORMATS)
                    + "\nlocation: \"Dresden\"\norganiser: org-1\n---\n" + text.paragraph(5) + "\n\n" + text.paragraph(4) + "\n");
            if (hugo != null) {
                hugo.event(year + "-" + slug, eventTitle, date);
            }
            int count = e == events - 1 ? sessions - written : sessions / events;
            for (int s = 0; s < count; s++) {
                writeSession(folder, year + "-" + slug, date, s + 1, people);
            }
            written += count;
        }
        if (hugo != null) {
            hugo.finish();
        }
    }

    private List<String> writePeople(Path content, int count) throws IOException {
        List<String> ids = new ArrayList<>();
        StringBuilder yaml = new StringBuilder();
        int organisations = Math.max(2, count / 10);
        for (int i = 1; i <= organisations; i++) {
            yaml.append("org-").append(i).append(":\n  name: ").append(q("Verein für " + text.noun() + " " + i + " e.V."))
                    .append("\n  kind: organisation\n");
        }
        for (int i = 1; i <= count - organisations; i++) {
            String id = "person-" + i;
            ids.add(id);
            yaml.append(id).append(":\n  name: ").append(q(firstName() + " " + lastName() + " " + i))
                    .append("\n  kind: person\n  role: ").append(q("Referentin für " + text.noun()))
                    .append("\n  organisation: org-").append(1 + random.nextInt(organisations)).append('\n');
        }
        Files.writeString(content.resolve("people.yaml"), yaml);
        return ids;
    }

    private void writeSession(Path folder, String eventFolder, LocalDate date, int order, List<String> people) throws IOException {
        String title = text.title();
        String slug = String.format(Locale.ROOT, "%03d-", order) + Slugs.of(title);
        String author = text.pick(people);
        List<String> topics = List.of(text.pick(this.topics), text.pick(this.topics)).stream().distinct().toList();
        StringBuilder fm = new StringBuilder("---\ntitle: ").append(q(title)).append("\nkind: ").append(text.pick(KINDS))
                .append("\nauthors: [").append(author).append("]\norder: ").append(order).append("\ntopics: [")
                .append(String.join(", ", topics.stream().map(CorpusGenerator::q).toList())).append("]\ninputs:\n");
        List<String> speakers = new ArrayList<>();
        int inputs = 1 + random.nextInt(heavy ? 4 : 3);
        for (int i = 0; i < inputs; i++) {
            fm.append("  - title: ").append(q("Input: " + text.title())).append("\n    speakers: [");
            int n = 1 + random.nextInt(3);
            List<String> these = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                these.add(text.pick(people));
            }
            these = these.stream().distinct().toList();
            speakers.addAll(these);
            fm.append(String.join(", ", these)).append("]\n");
        }
        fm.append("---\n");
        String body = heavy ? heavyBody() : body();
        Files.writeString(folder.resolve(slug + ".md"), fm + body);
        if (hugo != null) {
            List<String> persons = new ArrayList<>(speakers);
            persons.add(0, author);
            hugo.session(eventFolder, slug, title, date, order, persons.stream().distinct().toList(), topics, body);
        }
    }

    private String body() {
        StringBuilder b = new StringBuilder();
        b.append(text.paragraph(6)).append("[^1]\n\n");
        b.append("## ").append(text.noun()).append(" im Überblick\n\n").append(text.paragraph(7)).append("\n\n");
        for (int i = 0; i < 4; i++) {
            b.append("- ").append(text.sentence()).append('\n');
        }
        b.append('\n').append(text.paragraph(8)).append("[^2]\n\n");
        b.append("| Angebot | Träger | Teilnehmende |\n|---|---|--:|\n");
        for (int i = 0; i < 4; i++) {
            b.append("| ").append(text.noun()).append(" | ").append(text.noun()).append(" e.V. | ")
                    .append(10 + random.nextInt(90)).append(" |\n");
        }
        b.append("\n## Ergebnisse und Ausblick\n\n").append(text.paragraph(9)).append("\n\n").append(text.paragraph(8))
                .append("\n\n").append(text.paragraph(7)).append("\n\n");
        b.append("[^1]: ").append(text.sentence()).append('\n');
        b.append("[^2]: Vgl. ").append(text.noun()).append(" (Hrsg.) (2019): ").append(text.title()).append(". Dresden, S. ")
                .append(10 + random.nextInt(200)).append(".\n");
        return b.toString();
    }

    /**
     * A body of German prose whose size follows a triangular distribution from 7 to 13 KB with its mode at 7.67 KB
     * (median 9 KB): headed sections of paragraphs, a link, and two footnotes.
     */
    private String heavyBody() {
        double u = random.nextDouble();
        double low = 7, mode = 7 + 2.0 / 3, high = 13;
        double kb = u < (mode - low) / (high - low) ? low + Math.sqrt(u * (high - low) * (mode - low))
                : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
        int target = (int) (kb * 1024);
        StringBuilder b = new StringBuilder();
        b.append(text.paragraph(5)).append("[^1]\n\n");
        b.append("Mehr dazu in der [Dokumentation des Trägers](https://www.example.org/doku/")
                .append(Slugs.of(text.noun())).append(").\n\n");
        String notes = "[^1]: " + text.sentence() + "\n[^2]: Vgl. " + text.noun() + " (Hrsg.) (2019): " + text.title()
                + ". Dresden, S. " + (10 + random.nextInt(200)) + ".\n";
        boolean second = false;
        while (utf8Length(b) + utf8Length(notes) < target) {
            if (random.nextInt(4) == 0) {
                b.append("## ").append(text.noun()).append(" und ").append(text.noun()).append("\n\n");
            }
            b.append(text.paragraph(3 + random.nextInt(5)));
            if (!second && utf8Length(b) > target / 2) {
                b.append("[^2]");
                second = true;
            }
            b.append("\n\n");
        }
        if (!second) {
            b.append(text.sentence()).append("[^2]\n\n");
        }
        return b.append(notes).toString();
    }

    private static int utf8Length(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private String firstName() {
        return text.pick(List.of("Anna", "Jürgen", "Özlem", "Sören", "Käthe", "Bärbel", "Jörg", "Müge", "Lena", "Ahmad"));
    }

    private String lastName() {
        return text.pick(List.of("Müller", "Schäfer", "Weiß", "Krüger", "Brückner", "Öztürk", "Hoffmann", "Schütz", "Groß"));
    }

    static String q(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
