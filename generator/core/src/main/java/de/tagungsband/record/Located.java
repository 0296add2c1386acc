package de.tagungsband.record;

/** A value with the line it was written on. */
public record Located<T>(T value, int line) {
}
