package de.tagungsband;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Content trees for tests, written inline as in Hugo's integration tests: {@code -- path --} lines, each followed
 * by the file's text. {@link #minimal()} is a small valid archive that tests change one file of.
 */
public final class ContentFixture {

    private static final Pattern HEADER = Pattern.compile("^-- (.+) --$", Pattern.MULTILINE);
    private final Map<String, String> files = new LinkedHashMap<>();

    private ContentFixture() {
    }

    public static ContentFixture of(String tree) {
        ContentFixture fixture = new ContentFixture();
        Matcher m = HEADER.matcher(tree);
        String path = null;
        int start = 0;
        while (m.find()) {
            if (path != null) {
                fixture.files.put(path, tree.substring(start, m.start()));
            }
            path = m.group(1).trim();
            start = m.end() + 1;
        }
        if (path != null) {
            fixture.files.put(path, start <= tree.length() ? tree.substring(Math.min(start, tree.length())) : "");
        }
        return fixture;
    }

    /** A valid archive: one event with two sessions, one input record, and three people. */
    public static ContentFixture minimal() {
        return of("""
                -- site.yaml --
                title: "Testarchiv"
                base_url: "https://example.org/archiv/"
                language: de
                publisher: "Fachstelle Test"
                print_contact: "druck@example.org"
                imprint:
                  name: "Fachstelle Test e.V."
                  address: "Teststraße 1, 04109 Leipzig"
                  email: "info@example.org"
                  board: ["Erika Muster (Vorsitzende)"]
                  register: "Vereinsregister Amtsgericht Leipzig, VR 1"
                  editorial: "Max Muster, Teststraße 1, 04109 Leipzig"
                privacy:
                  hosting: "Hosting GmbH, Serverweg 2, 04109 Leipzig"
                  authority: "Sächsische Datenschutz- und Transparenzbeauftragte, Devrientstraße 5, 01067 Dresden"
                accessibility:
                  status: partial
                  known_issues: ["Ältere PDF-Folien sind nicht barrierefrei."]
                  feedback: "barrierefreiheit@example.org"
                  conciliation: "Schlichtungsstelle, Archivstraße 1, 01097 Dresden"
                -- people.yaml --
                anna-alt:
                  name: "Anna Alt"
                  kind: person
                  role: "Referentin"
                  organisation: verein
                bernd-bach:
                  name: "Bernd Bach"
                  kind: person
                verein:
                  name: "Verein Ü e.V."
                  kind: organisation
                -- 2020-testtag/event.md --
                ---
                title: "Testtag"
                subtitle: "Ein Fachtag zum Testen"
                date: 2020-05-04
                format: in-person
                location: "Leipzig"
                organiser: verein
                ---
                Die Einleitung.
                -- 2020-testtag/erster.md --
                ---
                title: "Erster Beitrag"
                kind: workshop
                authors: [anna-alt]
                order: 1
                topics: [Sozialraum]
                inputs:
                  - title: "Ein Input"
                    speakers: [bernd-bach]
                ---
                Der erste Text mit einer Fußnote.[^1]

                [^1]: Die Fußnote.
                -- 2020-testtag/zweiter.md --
                ---
                title: "Zweiter Beitrag"
                kind: talk
                authors: [bernd-bach]
                order: 2
                ---
                Siehe [den ersten](erster.md).
                -- 2020-testtag/eigener-input.md --
                ---
                kind: input
                session: erster.md
                title: "Ein eigener Input"
                speakers: [anna-alt]
                order: 2
                ---
                Der Input im Wortlaut.
                """);
    }

    /** Replaces or adds a file. */
    public ContentFixture with(String path, String text) {
        files.put(path, text);
        return this;
    }

    /** The text of one file of the fixture. */
    public String text(String path) {
        String text = files.get(path);
        if (text == null) {
            throw new IllegalArgumentException("the fixture has no file " + path);
        }
        return text;
    }

    public ContentFixture without(String path) {
        files.remove(path);
        return this;
    }

    public Path writeTo(Path dir) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's root, where content/ and templates/ are. */
    public static Path repository() {
        String configured = System.getProperty("tagungsband.repo");
        Path root = configured != null ? Path.of(configured) : Path.of("../..");
        return root.toAbsolutePath().normalize();
    }

    public static Path templates() {
        return repository().resolve("templates");
    }
}
