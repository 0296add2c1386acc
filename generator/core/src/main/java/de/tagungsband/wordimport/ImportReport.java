package de.tagungsband.wordimport;

import java.util.ArrayList;
import java.util.List;

/**
 * What the import decided, each with the place in the document it came from, so that the editor knows what to
 * look at: "Absatz 12 („Die Werkstatt 26 …“): …". Errors mark what must be fixed before the record is published.
 */
public final class ImportReport {

    /** How much a decision matters to the editor. */
    public enum Level { INFO, WARNING, ERROR }

    /**
     * One decision.
     *
     * @param place where in the document: "Absatz 12 („Die Werkstatt …“)", "Fußnote 3", "Dokument"
     */
    public record Entry(Level level, String place, String message) {
        @Override
        public String toString() {
            String prefix = switch (level) {
                case INFO -> "";
                case WARNING -> "Warnung: ";
                case ERROR -> "Fehler: ";
            };
            return place + ": " + prefix + message;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    void info(String place, String message) {
        entries.add(new Entry(Level.INFO, place, message));
    }

    void warning(String place, String message) {
        entries.add(new Entry(Level.WARNING, place, message));
    }

    void error(String place, String message) {
        entries.add(new Entry(Level.ERROR, place, message));
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The place of a paragraph for the report: its number and its first words. */
    static String paragraph(int number, String text) {
        String words = text.strip().replaceAll("\\s+", " ");
        if (words.isEmpty()) {
            return "Absatz " + number;
        }
        if (words.length() > 40) {
            int cut = words.lastIndexOf(' ', 40);
            words = words.substring(0, cut > 15 ? cut : 40) + " …";
        }
        return "Absatz " + number + " („" + words + "“)";
    }
}
