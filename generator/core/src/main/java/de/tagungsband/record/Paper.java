package de.tagungsband.record;

import java.util.Locale;

/** The page size of the printed proceedings volumes; the YAML value is the lower-case name. */
public enum Paper {
    A4, A5;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
