package de.tagungsband.record;

import java.util.List;
import java.util.Map;

/**
 * Stage 2's result: every record typed, not yet checked against each other.
 *
 * @param peopleReadable false when people.yaml could not be parsed: then ids are not checked, so that one YAML
 *                       mistake is not followed by an "unknown person id" for every record
 */
public record Records(SiteConfig site, Map<String, PersonEntry> people, boolean peopleReadable,
                      List<EventRecords> events) {
}
