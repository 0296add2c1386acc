package de.tagungsband.search;

import com.dynatrace.hash4j.hashing.HashStream128;
import de.tagungsband.digest.Fingerprint;
import de.tagungsband.digest.Memo;
import de.tagungsband.i18n.Messages;
import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.model.Event;
import de.tagungsband.model.Input;
import de.tagungsband.model.Person;
import de.tagungsband.model.Session;
import de.tagungsband.model.SiteModel;
import de.tagungsband.model.Speaker;
import de.tagungsband.model.Topic;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Builds the {@link SearchIndex} from the model and the rendered bodies: the pages' texts in parallel, each
 * distinct word folded and stemmed once ({@link Vocabulary}), each entry's words counted once per text ({@link
 * EntryWords}, kept by the preview across builds), then one pass to the posting lists.
 */
public final class SearchIndexBuilder {

    static final int TITLE_WEIGHT = 5;
    static final int TAG_WEIGHT = 3;
    static final int INPUT_WEIGHT = 2;

    private final SiteModel model;
    private final Map<Path, RenderedMarkdown> bodies;
    private final Messages messages;
    private final Stemming stemming;

    public SearchIndexBuilder(SiteModel model, Map<Path, RenderedMarkdown> bodies, Messages messages) {
        this.model = model;
        this.bodies = bodies;
        this.messages = messages;
        this.stemming = Stemming.forLanguage(model.site().language());
    }

    /** A page to index with the texts that count, each with its weight. */
    record Entry(SearchDocument document, Map<String, Integer> weightedTexts) {

        /** What the entry's words are counted from: its texts and weights, in the archive's language. */
        Fingerprint words(String language) {
            HashStream128 stream = Fingerprint.stream().putString(language).putInt(weightedTexts.size());
            weightedTexts.forEach((text, weight) -> stream.putString(text).putInt(weight));
            return Fingerprint.of(stream.get());
        }
    }

    public SearchIndex build() {
        return build(Memo.none());
    }

    /**
     * The index, with each entry's words counted once per text: an entry whose texts an earlier build counted
     * (the preview keeps them in {@code words}) is not read word by word again.
     */
    public SearchIndex build(Memo<EntryWords> words) {
        Vocabulary vocabulary = new Vocabulary(stemming);
        List<Entry> entries = entries();
        String language = language();
        return build(entries, entries.parallelStream()
                .map(e -> words.get(e.words(language), () -> vocabulary.words(e.weightedTexts()))).toList());
    }

    List<Entry> entries() {
        return List.copyOf(pages().values()).parallelStream().map(Supplier::get).toList();
    }

    /** Every page to index by its path, in document order: events, each followed by its sessions and inputs. */
    private Map<String, Supplier<Entry>> pages() {
        Map<String, Supplier<Entry>> pages = new LinkedHashMap<>();
        model.events().forEach(event -> addPages(event, pages));
        return pages;
    }

    /**
     * An event's page, then its sessions by address (not by place in the programme: a session moved in the programme
     * keeps its documents' numbers, so fewer index files change), each followed by its inputs.
     */
    private void addPages(Event event, Map<String, Supplier<Entry>> pages) {
        pages.put(event.pagePath(), () -> event(event));
        List<Session> byAddress = new ArrayList<>(event.sessions());
        byAddress.sort(Comparator.comparing(Session::pagePath));
        for (Session session : byAddress) {
            pages.put(session.pagePath(), () -> session(session, event));
            session.inputs().stream().filter(in -> in.pagePath().isPresent())
                    .forEach(in -> pages.put(in.pagePath().get(), () -> input(in, session, event)));
        }
    }

    /** @param wordsPerDoc each entry's words, in the order of the entries */
    private SearchIndex build(List<Entry> entries, List<EntryWords> wordsPerDoc) {
        Map<String, Postings> postings = new HashMap<>();
        Map<String, String> forms = new HashMap<>();
        for (int doc = 0; doc < wordsPerDoc.size(); doc++) {
            for (Map.Entry<String, int[]> count : wordsPerDoc.get(doc).stemCounts().entrySet()) {
                postings.computeIfAbsent(count.getKey(), k -> new Postings()).add(doc, count.getValue()[0]);
            }
            forms.putAll(wordsPerDoc.get(doc).forms());
        }
        SortedMap<String, int[]> terms = new TreeMap<>();
        postings.forEach((stem, list) -> terms.put(stem, list.toArray()));
        return new SearchIndex(entries.stream().map(Entry::document).toList(), terms, new TreeMap<>(forms),
                new TreeSet<>(stemming.stopWords()), eventTitles(), kindLabels());
    }

    /** Pairs of (document, weight) as they are added, in document order. */
    private static final class Postings {
        private int[] values = new int[4];
        private int size;

        void add(int doc, int weight) {
            if (size + 2 > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = doc;
            values[size++] = weight;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private Entry event(Event event) {
        byte[] body = plainText(event.record().source().path());
        String text = new String(body, StandardCharsets.UTF_8);
        Set<String> topics = new LinkedHashSet<>();
        event.sessions().forEach(s -> s.topics().forEach(t -> topics.add(t.slug())));
        List<Person> people = new ArrayList<>(event.editors());
        event.organiser().ifPresent(people::add);
        Map<String, Integer> texts = new LinkedHashMap<>();
        texts.merge(event.fullTitle(), TITLE_WEIGHT, Integer::sum);
        event.record().location().ifPresent(l -> texts.merge(l, 1, Integer::sum));
        event.documents().forEach(d -> texts.merge(d.title(), INPUT_WEIGHT, Integer::sum));
        texts.merge(text, 1, Integer::sum);
        return new Entry(new SearchDocument(event.pagePath(), event.fullTitle(), event.pagePath(), event.year(), "event",
                List.copyOf(topics), ids(people), body), texts);
    }

    private Entry session(Session session, Event event) {
        byte[] body = plainText(session.record().source().path());
        String text = new String(body, StandardCharsets.UTF_8);
        List<Person> people = session.people();
        Map<String, Integer> texts = new LinkedHashMap<>();
        texts.merge(session.title(), TITLE_WEIGHT, Integer::sum);
        session.topics().forEach(t -> texts.merge(t.name(), TAG_WEIGHT, Integer::sum));
        people.stream().distinct().forEach(p -> texts.merge(p.name(), TAG_WEIGHT, Integer::sum));
        session.inputs().forEach(in -> texts.merge(in.title(), INPUT_WEIGHT, Integer::sum));
        session.documentsWithListedInputs().forEach(d -> texts.merge(d.title(), INPUT_WEIGHT, Integer::sum));
        texts.merge(text, 1, Integer::sum);
        return new Entry(new SearchDocument(session.pagePath(), session.title(), event.pagePath(), event.year(),
                session.kind().yamlName(), topicSlugs(session.topics()), ids(people), body), texts);
    }

    private Entry input(Input input, Session session, Event event) {
        byte[] body = input.source().map(s -> plainText(s.path())).orElse(new byte[0]);
        String text = new String(body, StandardCharsets.UTF_8);
        List<Person> people = speakersAndOrganisations(input);
        Map<String, Integer> texts = new LinkedHashMap<>();
        texts.merge(input.title(), TITLE_WEIGHT, Integer::sum);
        session.topics().forEach(t -> texts.merge(t.name(), TAG_WEIGHT, Integer::sum));
        people.stream().distinct().forEach(p -> texts.merge(p.name(), TAG_WEIGHT, Integer::sum));
        input.documents().forEach(d -> texts.merge(d.title(), INPUT_WEIGHT, Integer::sum));
        texts.merge(text, 1, Integer::sum);
        return new Entry(new SearchDocument(input.pagePath().orElseThrow(), input.title(), event.pagePath(),
                event.year(), "input", topicSlugs(session.topics()), ids(people), body), texts);
    }

    private static List<Person> speakersAndOrganisations(Input input) {
        List<Person> people = new ArrayList<>();
        for (Speaker speaker : input.speakers()) {
            people.add(speaker.person());
            speaker.organisation().ifPresent(people::add);
        }
        return people;
    }

    private static List<String> ids(List<Person> people) {
        return people.stream().filter(Person::hasPage).map(Person::id).distinct().toList();
    }

    private static List<String> topicSlugs(List<Topic> topics) {
        return topics.stream().map(Topic::slug).toList();
    }

    /** The text of a body without footnote back links and heading anchors, as the body keeps it (UTF-8). */
    private byte[] plainText(Path source) {
        RenderedMarkdown body = bodies.get(source);
        return body == null ? new byte[0] : body.textUtf8();
    }

    Map<String, String> eventTitles() {
        return model.events().stream().collect(Collectors.toMap(Event::pagePath, Event::fullTitle, (a, b) -> a,
                LinkedHashMap::new));
    }

    /** The archive's language: it decides how words are stemmed and which are stop words. */
    String language() {
        return model.site().language();
    }

    Map<String, String> kindLabels() {
        Map<String, String> kinds = new LinkedHashMap<>();
        model.sessionTypes().forEach(kind -> kinds.put(kind.id(), kind.label()));
        kinds.put("input", messages.get("kind.input"));
        kinds.put("event", messages.get("kind.event"));
        return kinds;
    }
}
