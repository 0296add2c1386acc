package de.tagungsband;

import de.tagungsband.cache.BuildMemory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview's build after a save (texts, titles, kinds, topics, authors, inputs and their speakers, order, drafts,
 * images, the registry, settings, deleted records, mistakes and their fixes), with its memory of the last build in
 * the process, makes exactly the site a build from scratch makes and writes exactly the files whose bytes changed.
 */
class PreviewSavesTest {

    private static final String EVENT_2021 = "2021-vom-ankommen-und-bleiben/";
    private static final String EVENT_2019 = "2019-gemeinsam-vor-ort/";

    @TempDir
    Path dir;

    private Path content;
    private Path site;
    private BuildOptions options;
    private final BuildMemory memory = BuildMemory.inMemory();
    private int fresh;

    /** An inline input with a speaker as the registry has them and one with a role and organisation of its own. */
    private static final String NEW_INPUT = """
              - title: "Ein neuer Input aus der Praxis"
                speakers:
                  - tobias-lange
                  - id: samira-haddad
                    role: "Sprachmittlerin"
                    organisation: forum-migration
            """;

    private void start() {
        start(false);
    }

    /** @param drafts whether drafts are built, as the preview builds them */
    private void start(boolean drafts) {
        content = SiteFiles.copyTree(ContentFixture.repository().resolve("content"), dir.resolve("content"));
        site = dir.resolve("site");
        options = BuildOptions.builder(content, site).templates(ContentFixture.templates()).drafts(drafts).proceedings(false).build();
        assertFalse(Tagungsband.build(options, BuildListener.SILENT, memory).hasErrors());
    }

    @Test
    void savesThatChangeOnlyTextsEqualBuildsFromScratch() throws IOException {
        savesOfTexts();
    }

    private void savesOfTexts() throws IOException {
        start();
        String session = EVENT_2021 + "wo-bleiben-die-gefluechteten-menschen.md";
        String original = read(session);
        saveAndExpect(session, text -> text + "\nEin neuer Absatz mit dem Wort Quartiersfahrradwerkstatt.[^neu]\n\n"
                + "[^neu]: Eine Anmerkung, die es vorher nicht gab.\n");
        // a new first paragraph: the page's description and the feed's summary change too
        saveAndExpect(session, text -> text.replaceFirst("\n---\n", "\n---\nZu Beginn ein neuer erster Absatz.\n\n"));
        saveAndExpect(EVENT_2019 + "event.md", text -> text + "\nDie Einleitung bekommt einen Satz dazu.\n");
        saveAndExpect(EVENT_2021 + "familientreff-puzzle.md", text -> text.replaceFirst("\n\n", "\n\nVorweg: ein Satz.\n\n"));
        Result warned = saveAndExpect(session, text -> text + "\n<script>alert(1)</script>\n");
        assertTrue(warned.result.diagnostics().stream().anyMatch(d -> d.message(de.tagungsband.i18n.Texts.of("en")).contains("raw HTML")),
                warned.result.diagnostics().toString());
        Result unwarned = saveAndExpect(session, text -> original);
        assertTrue(unwarned.result.diagnostics().stream().noneMatch(d -> d.message(de.tagungsband.i18n.Texts.of("en")).contains("raw HTML")));
        Result touched = saveAndExpect(session, text -> text);
        assertEquals(0, touched.result.written().orElseThrow().written(), "a save without a change writes nothing");
    }

    /**
     * A new title, for sessions across the example of the example: its own page, its event's, its people's, its
     * topics', the lists and the pages that list it as related all show it as a build from scratch does.
     */
    @Test
    void everySessionRetitledEqualsABuildFromScratch() throws IOException {
        start();
        List<String> sessions = sessionFiles();
        assertEquals(9, sessions.size(), sessions.toString());
        for (String session : spread(sessions)) {
            Result quick = saveAndExpect(session, text -> text.replaceFirst("(?m)^title: \"", "title: \"Neu: "));
            assertTrue(quick.result.written().orElseThrow().written() > 1, session + ": its page and more");
        }
        // a new title and a new text in one save, and the title back as it was
        String session = EVENT_2019 + "podium-gemeinsam-vor-ort.md";
        saveAndExpect(session, text -> text.replace("title: \"Neu: ", "title: \"") + "\nEin Satz dazu.\n");
    }

    /** A session's kind shows where its title does, and is a filter of the search. */
    @Test
    void aNewKindEqualsABuildFromScratch() throws IOException {
        start();
        String session = EVENT_2021 + "ehrenamt-und-hauptamt-im-tandem.md";
        saveAndExpect(session, text -> text.replace("kind: workshop", "kind: talk"));
        saveAndExpect(session, text -> text.replace("kind: talk", "kind: panel").replace("im Tandem", "als Tandem"));
        // a keynote becomes a talk: the search index moves it from one kind filter to another
        saveAndExpect(EVENT_2021 + "von-der-projektlogik-zur-regelstruktur.md",
                text -> text.replace("kind: keynote", "kind: talk"));
        // a comment in the front matter changes no page
        Result comment = saveAndExpect(session, text -> text.replace("kind: panel", "kind: panel   # vorher ein Workshop"));
        assertEquals(0, comment.result.written().orElseThrow().written());
    }

    @Test
    void aNewTitleWithNewTopicsAndAnInputRecordsNewFrontMatter() throws IOException {
        start();
        String session = EVENT_2021 + "ehrenamt-und-hauptamt-im-tandem.md";
        saveAndExpect(session, text -> text.replace("Ehrenamt und Hauptamt im Tandem", "Ehrenamt und Hauptamt als Tandem")
                .replace("[\"Ehrenamt\", \"Ländlicher Raum\",", "[\"Ehrenamt\", \"Tandems\","));
        // an input record's title: its session's page lists it
        saveAndExpect(EVENT_2021 + "familientreff-puzzle.md", text -> text.replaceFirst("(?m)^title: \"", "title: \"Neu: "));
    }

    @Test
    void draftsImagesTheRegistrySettingsAndDeletedRecords() throws IOException {
        start();
        // a draft now, in a build without drafts: its pages are gone
        saveAndExpect(EVENT_2021 + "ehrenamt-und-hauptamt-im-tandem.md",
                text -> text.replace("kind: workshop\n", "kind: workshop\ndraft: true\n"));
        saveAndExpect(EVENT_2021 + "ehrenamt-und-hauptamt-im-tandem.md", text -> text.replace("draft: true\n", ""));
        saveAndExpect(EVENT_2021 + "images/integrationsorte.svg", text -> text.replace("</svg>", "<!-- neu --></svg>"));
        saveAndExpect("people.yaml", text -> text.replace("name: \"Omse e.V.\"", "name: \"Omse e. V. Dresden\""));
        // a new topic and one topic less, saved with an input record's new title: the search's filter files change
        // (only the index files whose bytes changed are written)
        saveAndExpect(Map.of(EVENT_2021 + "ehrenamt-und-hauptamt-im-tandem.md",
                text -> text.replace("[\"Ehrenamt\", \"Ländlicher Raum\",", "[\"Ehrenamt\", \"Tandems\","),
                EVENT_2021 + "familientreff-puzzle.md", text -> text.replaceFirst("(?m)^title: \"", "title: \"Neu: ")));
        // another language: words are stemmed otherwise
        saveAndExpect("site.yaml", text -> text.replace("language: de", "language: en"));
        // a session less: the documents are numbered anew
        delete(EVENT_2019 + "partizipation-von-anfang-an.md");
        saveAndExpect(EVENT_2021 + "familientreff-puzzle.md", text -> text + "\nNoch ein Satz.\n");
    }

    @Test
    void aMistakeInTheTextIsReportedAsByAFullBuild_andTheFixBuildsAsFromScratch() throws IOException {
        start();
        String session = EVENT_2019 + "partizipation-von-anfang-an.md";
        String original = read(session);
        write(session, original + "\nEin Absatz in einer Sprache, die es nicht gibt. {lang=qq}\n");
        BuildResult broken = Tagungsband.build(options, BuildListener.SILENT, memory);
        assertTrue(broken.hasErrors());
        assertEquals(Tagungsband.check(options).diagnostics(), broken.diagnostics());

        write(session, original + "\nEin Absatz, jetzt ohne Fehler.\n");
        Result fixed = build(session);
        assertSameAsFromScratch(fixed.result);
    }

    @Test
    void withTheBuiltInTemplatesUnpackedForEachBuild() throws IOException {
        content = SiteFiles.copyTree(ContentFixture.repository().resolve("content"), dir.resolve("content"));
        site = dir.resolve("site");
        options = BuildOptions.builder(content, site).proceedings(false).build();
        assertFalse(Tagungsband.build(options, BuildListener.SILENT, memory).hasErrors());
        saveAndExpect(EVENT_2021 + "familientreff-puzzle.md", text -> text + "\nNoch ein Satz.\n");
    }

    /**
     * Topics, for sessions across the example of the example (with its drafts, as the preview builds): a topic more
     * that another session has, one less, a topic no other session has (its page is new) in place of the others,
     * and back as it was (that topic's page is gone again).
     */
    @Test
    void everySessionsTopicsChangedEqualABuildFromScratch() throws IOException {
        start(true);
        List<String> sessions = sessionFiles();
        assertEquals(10, sessions.size(), sessions.toString());
        for (String session : spread(sessions)) {
            String original = read(session);
            List<String> topics = topics(original);
            String another = topics.contains("Beratung") ? "Ehrenamt" : "Beratung";
            saveAndExpect(session, text -> withTopics(text, plus(topics, another)));
            saveAndExpect(session, text -> withTopics(text, topics.subList(1, topics.size())));
            Result alone = saveAndExpect(session, text -> withTopics(text, List.of("Nur hier besprochen", topics.get(0))));
            assertTrue(Files.exists(site.resolve("themen/nur-hier-besprochen/index.html")), session);
            assertTrue(alone.result.written().orElseThrow().written() > 1, session);
            saveAndExpect(session, text -> original);
            assertFalse(Files.exists(site.resolve("themen/nur-hier-besprochen/index.html")), session);
        }
    }

    /**
     * A topic's pages come and go with its sessions: the only session with a topic leaves it, and a topic on more
     * sessions than {@code split_lists_above} (8 in the example) gets a page per year, which it loses again.
     */
    @Test
    void aTopicsPagesComeAndGoWithItsSessions() throws IOException {
        start();
        String keynote = EVENT_2021 + "von-der-projektlogik-zur-regelstruktur.md";
        String original = read(keynote);
        saveAndExpect(keynote, text -> text.replace(", \"Sozialpolitik\"]", "]"));
        assertFalse(Files.exists(site.resolve("themen/sozialpolitik/index.html")));
        saveAndExpect(keynote, text -> original);
        assertTrue(Files.exists(site.resolve("themen/sozialpolitik/index.html")));

        List<String> sessions = sessionFiles();
        for (String session : sessions) {
            saveAndExpect(session, text -> withTopics(text, plus(topics(text), "Sozialraum")));
        }
        assertTrue(Files.exists(site.resolve("themen/sozialraum/2019/index.html")));
        for (String session : sessions) {
            saveAndExpect(session, text -> withTopics(text, topics(text).stream()
                    .filter(topic -> !topic.equals("Sozialraum")).toList()));
        }
        assertFalse(Files.exists(site.resolve("themen/sozialraum/index.html")));
    }

    /**
     * Authors, for sessions across the example: another person, an organisation no session named before (its page lists
     * it now, and the search offers it), two people, and back.
     */
    @Test
    void everySessionsAuthorsChangedEqualABuildFromScratch() throws IOException {
        start(true);
        for (String session : spread(sessionFiles())) {
            String original = read(session);
            saveAndExpect(session, text -> withAuthors(text, List.of("tobias-lange")));
            saveAndExpect(session, text -> withAuthors(text, List.of("tobias-lange", "forum-migration")));
            saveAndExpect(session, text -> withAuthors(text, List.of("heike-brandt", "ahmad-karimi")));
            saveAndExpect(session, text -> original);
        }
    }

    /**
     * Inputs and their speakers given in a session's front matter, for sessions across the example: an input more (with
     * a speaker for an organisation of her own), other speakers, no inputs, and back. The input record of the 2021
     * workshop moves among its inline inputs as they come and go.
     */
    @Test
    void everySessionsInputsAndSpeakersChangedEqualABuildFromScratch() throws IOException {
        start(true);
        for (String session : spread(sessionFiles())) {
            String original = read(session);
            saveAndExpect(session, text -> withInput(text, NEW_INPUT));
            if (original.contains("\n    speakers: [")) {
                saveAndExpect(session, text -> text.replaceFirst("(?m)^    speakers: \\[[^]]*]$",
                        "    speakers: [jonas-weber, claudia-neumann]"));
            }
            saveAndExpect(session, PreviewSavesTest::withoutInputs);
            saveAndExpect(session, text -> original);
        }
    }

    /** A new order, for sessions across the example: first in its event's programme, last, and back. */
    @Test
    void everySessionMovedInItsProgrammeEqualsABuildFromScratch() throws IOException {
        start(true);
        for (String session : spread(sessionFiles())) {
            String original = read(session);
            saveAndExpect(session, text -> withOrder(text, 0));
            // a new text after the move: its page and search document are made from the session in its new place
            saveAndExpect(session, text -> text + "\nEin Satz nach dem Umzug.\n");
            saveAndExpect(session, text -> withOrder(text, 99));
            saveAndExpect(session, text -> original);
        }
    }

    /**
     * All of it in one save, for sessions across the example, in a build without drafts and without a file watcher: a new title,
     * kind, topic, author, input, order and text; and back.
     */
    @Test
    void everySessionsWholeFrontMatterChangedAtOnceEqualsABuildFromScratch() throws IOException {
        start(false);
        for (String session : spread(sessionFiles())) {
            String original = read(session);
            saveAndExpect(session, text -> withOrder(withAuthors(withTopics(withInput(text, NEW_INPUT),
                    List.of("Nur hier besprochen")), List.of("forum-migration")), 0)
                    .replaceFirst("(?m)^title: \"", "title: \"Neu: ")
                    .replaceFirst("(?m)^kind: \\w+$", text.contains("\nkind: panel\n") ? "kind: talk" : "kind: panel")
                    + "\nEin neuer Satz.\n");
            saveAndExpect(session, text -> original);
        }
    }

    /** Sessions saved together (one build hears of them all). */
    @Test
    void sessionsSavedTogetherEqualABuildFromScratch() throws IOException {
        start(true);
        String tandem = EVENT_2021 + "ehrenamt-und-hauptamt-im-tandem.md";
        String digital = EVENT_2021 + "digitale-zugaenge-in-der-beratung.md";
        String podium = EVENT_2019 + "podium-gemeinsam-vor-ort.md";
        saveAndExpect(Map.of(tandem, text -> withTopics(text, List.of("Beratung", "Digitalisierung")),
                digital, text -> withOrder(text, 9),
                podium, text -> withAuthors(text, List.of("tobias-lange"))));
        // two sessions swap their places
        saveAndExpect(Map.of(tandem, text -> withOrder(text, 9), digital, text -> withOrder(text, 4)));
        saveAndExpect(Map.of(tandem, text -> withOrder(text, 0), digital, text -> withTopics(text, List.of("Neu"))));
        // a new text of a session that has nothing in common with another one saved with it, whose topics are new
        saveAndExpect(Map.of(tandem, text -> withTopics(text, List.of("Ehrenamt")),
                EVENT_2019 + "gemeinwesen-und-fluechtlingssozialarbeit.md",
                text -> text + "\nEin Satz, gespeichert mit dem Tandem.\n"));
    }

    /** In a build with drafts (the preview's), a draft marked ready, and back: it has its pages either way. */
    @Test
    void aDraftMarkedReadyEqualsABuildFromScratch() throws IOException {
        start(true);
        String draft = EVENT_2021 + "sprachmittlung-im-sozialraum.md";
        String original = read(draft);
        saveAndExpect(draft, text -> text.replace("draft: true\n", ""));
        saveAndExpect(draft, text -> original);
    }

    /**
     * A topic is named as the first session of the archive that has it spells it: a new spelling there renames it on
     * every page, a new spelling in a later session changes nothing but that session's record.
     */
    @Test
    void aTopicSpelledOtherwiseByItsFirstSession() throws IOException {
        start(true);
        saveAndExpect(EVENT_2021 + "wo-bleiben-die-gefluechteten-menschen.md",
                text -> text.replace("[\"Sozialraum\"", "[\"sozialraum\""));
        saveAndExpect(EVENT_2019 + "podium-gemeinsam-vor-ort.md",
                text -> text.replace("[\"Sozialraum\"", "[\"SOZIALRAUM\""));
        // the first session no longer has it: the next one's spelling names it
        saveAndExpect(EVENT_2021 + "wo-bleiben-die-gefluechteten-menschen.md",
                text -> text.replace("[\"sozialraum\", ", "["));
    }

    @Test
    void anUnknownPersonOrAnOrderTakenIsReportedAsByAFullBuild_andTheFixBuildsAsFromScratch() throws IOException {
        start(true);
        String session = EVENT_2019 + "partizipation-von-anfang-an.md";
        String original = read(session);
        for (String mistake : List.of(withAuthors(original, List.of("lafast", "niemand-bekanntes")),
                withOrder(original, 1), original.replace("[ahmad-karimi]", "[ahmad-karim]"))) {
            write(session, mistake);
            BuildResult broken = Tagungsband.build(options, BuildListener.SILENT, memory);
            assertTrue(broken.hasErrors(), mistake);
            assertEquals(Tagungsband.check(options).diagnostics(), broken.diagnostics());
        }
        write(session, withTopics(original, List.of("Partizipation")));
        Result fixed = build(session);
        assertSameAsFromScratch(fixed.result);
    }

    /** Slides of inline inputs are copied while an input shows them, and deleted with the last one. */
    @Test
    void slidesOfInputsAreCopiedWhileAnInputShowsThem() throws IOException {
        start(true);
        Files.writeString(content.resolve(EVENT_2021 + "folien-werkstatt.pdf"), "%PDF-1.4 Folien\n");
        assertSameAsFromScratch(Tagungsband.build(options, BuildListener.SILENT, memory));
        UnaryOperator<String> withSlides = text -> text.replaceFirst("(?m)^(    speakers: \\[[^]]*])$",
                "$1\n    slides: folien-werkstatt.pdf");
        UnaryOperator<String> withoutSlides = text -> text.replace("\n    slides: folien-werkstatt.pdf", "");
        String workshop = EVENT_2021 + "wo-bleiben-die-gefluechteten-menschen.md";
        String tandem = EVENT_2021 + "ehrenamt-und-hauptamt-im-tandem.md";
        Path slides = site.resolve("2021/vom-ankommen-und-bleiben/folien-werkstatt.pdf");
        saveAndExpect(workshop, withSlides);
        assertTrue(Files.exists(slides), slides.toString());
        saveAndExpect(tandem, withSlides);
        saveAndExpect(workshop, withoutSlides);
        assertTrue(Files.exists(slides), "the tandem's input shows them still");
        saveAndExpect(tandem, withoutSlides);
        assertFalse(Files.exists(slides));
    }

    private record Result(BuildResult result) {
    }

    /** Saves a change to a content file, rebuilds, and checks the way it took and what it made. */
    private Result saveAndExpect(String file, UnaryOperator<String> change) throws IOException {
        return saveAndExpect(Map.of(file, change));
    }

    /** Saves changes to content files at once (as one rebuild hears of them), and checks as above. */
    private Result saveAndExpect(Map<String, UnaryOperator<String>> changes) throws IOException {
        Map<String, byte[]> before = SiteFiles.snapshot(site);
        Map<String, FileTime> timesBefore = SiteFiles.modificationTimes(site);
        for (Map.Entry<String, UnaryOperator<String>> change : changes.entrySet()) {
            write(change.getKey(), change.getValue().apply(read(change.getKey())));
        }
        Set<String> files = changes.keySet();
        Result result = build(files);
        assertFalse(result.result.hasErrors(), files + ": " + result.result.diagnostics());
        assertSameAsFromScratch(result.result);
        Map<String, byte[]> after = SiteFiles.snapshot(site);
        Map<String, FileTime> timesAfter = SiteFiles.modificationTimes(site);
        int changed = 0;
        for (Map.Entry<String, byte[]> made : after.entrySet()) {
            byte[] old = before.get(made.getKey());
            if (old != null && Arrays.equals(old, made.getValue())) {
                assertEquals(timesBefore.get(made.getKey()), timesAfter.get(made.getKey()), files + ": "
                        + made.getKey() + " has the same bytes but was written again");
            } else {
                changed++;
            }
        }
        assertEquals(changed, result.result.written().orElseThrow().written(), files.toString());
        return result;
    }

    private Result build(String saved) {
        return build(Set.of(saved));
    }

    private Result build(Set<String> saved) {
        return new Result(Tagungsband.build(options, BuildListener.SILENT, memory));
    }

    /**
     * The first, a middle and the last of {@code sessions}: every save is checked against a build from scratch, and
     * all sessions of the example for every kind of save would take minutes.
     */
    private static List<String> spread(List<String> sessions) {
        return List.of(sessions.get(0), sessions.get(sessions.size() / 2), sessions.get(sessions.size() - 1));
    }

    /** The session records of the example (drafts too), as paths below the content folder. */
    private List<String> sessionFiles() throws IOException {
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(file -> file.toString().endsWith(".md") && !file.endsWith("event.md"))
                    .map(file -> content.relativize(file).toString().replace('\\', '/')).sorted()
                    .filter(file -> !readUnchecked(file).contains("\nkind: input\n"))
                    .filter(file -> options.includeDrafts() || !readUnchecked(file).contains("\ndraft: true\n")).toList();
        }
    }

    private static final Pattern TOPICS = Pattern.compile("(?m)^topics: \\[(.*)]$");
    private static final Pattern AUTHORS = Pattern.compile("(?m)^authors: \\[(.*)]$");

    private static List<String> topics(String text) {
        Matcher topics = TOPICS.matcher(text);
        assertTrue(topics.find(), text);
        return Arrays.stream(topics.group(1).split(",")).map(topic -> topic.strip().replace("\"", "")).toList();
    }

    private static String withTopics(String text, List<String> topics) {
        return TOPICS.matcher(text).replaceFirst(Matcher.quoteReplacement("topics: ["
                + topics.stream().map(topic -> "\"" + topic + "\"").collect(Collectors.joining(", ")) + "]"));
    }

    private static String withAuthors(String text, List<String> authors) {
        assertTrue(AUTHORS.matcher(text).find(), text);
        return AUTHORS.matcher(text).replaceFirst("authors: [" + String.join(", ", authors) + "]");
    }

    private static String withOrder(String text, int order) {
        return text.replaceFirst("(?m)^order: -?\\d+$", "order: " + order);
    }

    /** The front matter with {@code input} added to its inputs (the last field of the example's sessions). */
    private static String withInput(String text, String input) {
        int end = text.indexOf("\n---\n", 3) + 1;
        return text.substring(0, end) + (text.substring(0, end).contains("\ninputs:\n") ? "" : "inputs:\n") + input
                + text.substring(end);
    }

    private static String withoutInputs(String text) {
        return text.replaceFirst("(?ms)^inputs:\n.*?(?=^---$)", "");
    }

    private static List<String> plus(List<String> list, String item) {
        return Stream.concat(list.stream(), Stream.of(item)).distinct().toList();
    }

    private void assertSameAsFromScratch(BuildResult result) {
        Path scratch = dir.resolve("scratch-" + fresh++);
        BuildResult expected = Tagungsband.build(options.toBuilder().out(scratch).cache(false).build());
        assertEquals(expected.diagnostics(), result.diagnostics());
        assertEquals(expected.pages(), result.pages(), "the number of pages");
        Map<String, byte[]> want = SiteFiles.snapshot(scratch);
        Map<String, byte[]> have = SiteFiles.snapshot(site);
        assertEquals(new TreeSet<>(want.keySet()), new TreeSet<>(have.keySet()));
        want.forEach((path, bytes) -> assertArrayEquals(bytes, have.get(path), path));
    }

    private void delete(String file) throws IOException {
        Files.delete(content.resolve(file));
        Result result = build(file);
        assertSameAsFromScratch(result.result);
    }

    private String read(String file) throws IOException {
        return Files.readString(content.resolve(file), StandardCharsets.UTF_8);
    }

    private String readUnchecked(String file) {
        try {
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes as an editor saves, a moment later than the last save (file systems with coarse times). */
    private void write(String file, String text) throws IOException {
        Path path = content.resolve(file);
        FileTime before = Files.getLastModifiedTime(path);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(path, FileTime.fromMillis(before.toMillis() + 2000));
    }

}
