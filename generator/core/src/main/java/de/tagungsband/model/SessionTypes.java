package de.tagungsband.model;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Messages;
import de.tagungsband.record.Located;
import de.tagungsband.record.SessionKind;
import de.tagungsband.record.SessionKindDefinition;
import de.tagungsband.record.Suggestions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of session an archive knows: the built-in ones with their labels from the message bundle, relabelled
 * or joined by those of {@code session_kinds:} in site.yaml. A session's {@code kind:} is the id or the label of one.
 */
final class SessionTypes {

    private final Map<String, SessionType> byId;

    private SessionTypes(Map<String, SessionType> byId) {
        this.byId = byId;
    }

    static SessionTypes of(List<SessionKindDefinition> defined, Messages messages) {
        Map<String, SessionType> byId = new LinkedHashMap<>();
        for (SessionKind kind : SessionKind.BUILT_IN) {
            String key = "kind." + kind.id();
            byId.put(kind.id(), new SessionType(kind.id(), messages.get(key), messages.get(key + ".plural"),
                    Optional.of(messages.get(key + ".inputs")).filter(s -> !s.isBlank())));
        }
        for (SessionKindDefinition d : defined) {
            SessionType builtIn = byId.get(d.id());
            String plural = d.plural().orElse(builtIn != null && d.label().equals(builtIn.label()) ? builtIn.plural() : d.label());
            Optional<String> heading = d.inputsHeading().or(() -> builtIn == null ? Optional.empty() : builtIn.inputsHeading());
            byId.put(d.id(), new SessionType(d.id(), d.label(), plural, heading));
        }
        return new SessionTypes(byId);
    }

    List<SessionType> all() {
        return List.copyOf(byId.values());
    }

    /** The kind {@code written} names by id or label; reports an unknown one with the nearest and returns a talk. */
    SessionType resolve(Located<SessionKind> written, Path file, Diagnostics diagnostics) {
        String value = written.value().id();
        SessionType byIdentifier = byId.get(value.toLowerCase(Locale.ROOT));
        if (byIdentifier != null) {
            return byIdentifier;
        }
        for (SessionType type : byId.values()) {
            if (type.label().equalsIgnoreCase(value)) {
                return type;
            }
        }
        List<String> known = new ArrayList<>(byId.keySet());
        SessionKind.GERMAN.keySet().stream().sorted().forEach(known::add);
        diagnostics.error(file, written.line(), "unknown kind '" + value + "'",
                Suggestions.didYouMean(value, known, "write one of: " + String.join(", ", known)
                        + ", or define it in site.yaml: session_kinds: [{id: " + de.tagungsband.slug.Slugs.of(value)
                        + ", label: " + value + "}]")
                        + (Suggestions.nearest(value, known).isEmpty() ? "" : " (allowed: " + String.join(", ", known) + ")"));
        return byId.get(SessionKind.TALK.id());
    }
}
