package de.tagungsband.record;

/** What kind of programme item a session record describes. */
public enum SessionKind {
    WORKSHOP, TALK, PANEL, KEYNOTE;

    /** The German words editors write for the built-in kinds, lower case: {@code kind: Arbeitstisch} is a workshop. */
    public static final java.util.Map<String, SessionKind> GERMAN = java.util.Map.of(
            "arbeitstisch", WORKSHOP, "vortrag", TALK, "podium", PANEL, "podiumsgespräch", PANEL,
            "podiumsdiskussion", PANEL, "hauptvortrag", KEYNOTE);

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
