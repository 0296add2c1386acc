package de.tagungsband.record;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What kind of programme item a session record describes, as its {@code kind:} says: one of the built-in kinds
 * (workshop, talk, panel, keynote; also by their German labels) or, as written, a kind that {@code session_kinds:}
 * in site.yaml defines (checked when the model is assembled, see {@code SessionTypes}).
 *
 * @param id the built-in kind's name, or the value as written
 */
public record SessionKind(String id) {

    public static final SessionKind WORKSHOP = new SessionKind("workshop");
    public static final SessionKind TALK = new SessionKind("talk");
    public static final SessionKind PANEL = new SessionKind("panel");
    public static final SessionKind KEYNOTE = new SessionKind("keynote");
    public static final List<SessionKind> BUILT_IN = List.of(WORKSHOP, TALK, PANEL, KEYNOTE);

    /** The German words editors write for the built-in kinds, lower case: {@code kind: Arbeitstisch} is a workshop. */
    public static final Map<String, SessionKind> GERMAN = Map.of(
            "arbeitstisch", WORKSHOP, "vortrag", TALK, "podium", PANEL, "podiumsgespräch", PANEL,
            "podiumsdiskussion", PANEL, "hauptvortrag", KEYNOTE);

    /** The built-in kind {@code written} names (its id or German label), or the value as written. */
    static SessionKind of(String written) {
        String lower = written.strip().toLowerCase(Locale.GERMAN);
        return BUILT_IN.stream().filter(k -> k.id.equals(lower)).findFirst()
                .orElseGet(() -> GERMAN.getOrDefault(lower, new SessionKind(written.strip())));
    }

    public boolean builtIn() {
        return BUILT_IN.contains(this);
    }

    public String yamlName() {
        return id;
    }
}
