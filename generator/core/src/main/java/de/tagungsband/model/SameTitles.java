package de.tagungsband.model;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;
import de.tagungsband.record.SessionRecord;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two sessions of one event with the same title: usually a session copied to start a new one whose title was not
 * changed yet. Readers could not tell the two apart in the programme, the search and the volume's contents, so it is
 * a warning in the copy (or the later one in the programme), naming the other.
 */
final class SameTitles {

    private SameTitles() {
    }

    /** @param sessions the published sessions of one event, in programme order */
    static void report(List<SessionRecord> sessions, Path contentRoot, Diagnostics diagnostics) {
        Map<String, SessionRecord> seen = new HashMap<>();
        for (SessionRecord session : sessions) {
            if (session.title().isBlank()) {
                continue;
            }
            SessionRecord first = seen.putIfAbsent(key(session.title()), session);
            if (first == null) {
                continue;
            }
            boolean copy = !CopiedFiles.isCopy(contentRoot, first.source().path(), session.source().path());
            SessionRecord shown = copy ? session : first;
            SessionRecord other = copy ? first : session;
            diagnostics.warning(shown.source().path(), titleLine(shown), Text.of("session.sameTitle", shown.title(),
                    other.source().path().getFileName(), titleLine(other)), Text.of("session.sameTitle.fix"));
        }
    }

    private static String key(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static int titleLine(SessionRecord session) {
        String text = session.source().text();
        int at = text.indexOf("\ntitle:");
        return at < 0 ? 1 : (int) text.substring(0, at + 1).chars().filter(c -> c == '\n').count() + 1;
    }
}
