package de.tagungsband.record;

/** How an event took place; the YAML value is the lower-case name with '-' for '_'. */
public enum EventFormat {
    ONLINE, IN_PERSON, HYBRID;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
