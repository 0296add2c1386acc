package de.tagungsband.record;

import java.util.List;
import java.util.Map;

/** Stage 2's result: every record typed, not yet checked against each other. */
public record Records(SiteConfig site, Map<String, PersonEntry> people, List<EventRecords> events) {
}
