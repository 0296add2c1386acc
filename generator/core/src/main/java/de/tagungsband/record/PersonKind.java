package de.tagungsband.record;

public enum PersonKind { PERSON, ORGANISATION }
