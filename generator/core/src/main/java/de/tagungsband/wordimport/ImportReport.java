package de.tagungsband.wordimport;

import de.tagungsband.i18n.Text;
import de.tagungsband.i18n.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the import decided, each with the place in the document it came from, so that the editor knows what to
 * look at: "Absatz 12 („Die Werkstatt 26 …“): …". Errors mark what must be fixed before the record is published.
 * Places and messages are {@link Text}s of the bundles ({@code import.*}), shown in the language of the run.
 */
public final class ImportReport {

    /** How much a decision matters to the editor. */
    public enum Level { INFO, WARNING, ERROR }

    /**
     * One decision.
     *
     * @param place where in the document: "Absatz 12 („Die Werkstatt …“)", "Fußnote 3", "Dokument"
     */
    public record Entry(Level level, Text place, Text message) {

        /** The line of the report: place, level (for warnings and errors) and message, in {@code texts}' language. */
        public String shown(Texts texts) {
            String place = texts.text(named(this.place, texts));
            String message = texts.text(named(this.message, texts));
            return switch (level) {
                case INFO -> texts.get("import.entry", place, message);
                case WARNING -> texts.get("import.entry.level", place, texts.get("diagnostic.warning"), message);
                case ERROR -> texts.get("import.entry.level", place, texts.get("diagnostic.error"), message);
            };
        }

        /** The message alone, in German. */
        public String messageText() {
            return Texts.german().text(message);
        }

        @Override
        public String toString() {
            return shown(Texts.german());
        }
    }

    static final Text DOCUMENT = Text.of("import.place.document");

    /** Marks an argument as a language code, shown as the language's name in the language of the run. */
    private static final String LANGUAGE = "\u0002";

    /** An argument that shows as the name of the language {@code code}: "Englisch", or "English" in English. */
    static String languageName(String code) {
        return LANGUAGE + code;
    }

    private static Text named(Text text, Texts texts) {
        return new Text(text.key(), text.args().stream().map(a -> a.startsWith(LANGUAGE)
                ? Locale.forLanguageTag(a.substring(1)).getDisplayLanguage(texts.locale()) : a).toList());
    }

    private final List<Entry> entries = new ArrayList<>();

    void info(Text place, Text message) {
        entries.add(new Entry(Level.INFO, place, message));
    }

    void warning(Text place, Text message) {
        entries.add(new Entry(Level.WARNING, place, message));
    }

    void error(Text place, Text message) {
        entries.add(new Entry(Level.ERROR, place, message));
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The place of a paragraph for the report: its number and its first words. */
    static Text paragraph(int number, String text) {
        String words = text.strip().replaceAll("\\s+", " ");
        if (words.isEmpty()) {
            return paragraph(number);
        }
        return Text.of("import.place.paragraphWords", number, beginning(words));
    }

    static Text paragraph(int number) {
        return Text.of("import.place.paragraph", number);
    }

    /** The first words of a text, about 40 characters, cut at a space. */
    static String beginning(String words) {
        if (words.length() <= 40) {
            return words;
        }
        int cut = words.lastIndexOf(' ', 40);
        return words.substring(0, cut > 15 ? cut : 40) + " …";
    }
}
