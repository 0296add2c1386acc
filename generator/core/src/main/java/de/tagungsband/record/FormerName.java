package de.tagungsband.record;

/**
 * A name an organisation (or person) had before: {@code names: [{name: "LAG SoAMF", until: 2019}]} in people.yaml.
 * Events up to and including the year {@code until} show this name; later ones the entry's {@code name}.
 */
public record FormerName(String name, int until) {
}
