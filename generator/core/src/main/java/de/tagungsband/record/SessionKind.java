package de.tagungsband.record;

/** What kind of programme item a session record describes. */
public enum SessionKind {
    WORKSHOP, TALK, PANEL, KEYNOTE;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
