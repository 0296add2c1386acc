package de.tagungsband.model;

/** A topic (Thema) that sessions are tagged with. */
public record Topic(String name, String slug, String pagePath) {
}
