package de.tagungsband.record;

import de.tagungsband.source.SourceFile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An {@code event.md}: one conference day (or several days) and its introduction.
 *
 * @param kind what the event is called (Fachtag, Regionalwerkstatt, Gründungsversammlung), a free label
 * @param organisers {@code organiser:} followed by {@code organisers:}
 * @param partners "in Kooperation mit"
 * @param funders "gefördert von"
 * @param people further roles at the event (Leitung und Moderation, Pressekontakt, …)
 */
public record EventRecord(SourceFile source, Path folder, int year, String slug, String title, Optional<String> subtitle,
                          Optional<String> kind,
                          LocalDate start, LocalDate end, EventFormat format, Optional<String> location,
                          List<SpeakerRef> organisers, List<SpeakerRef> partners, List<SpeakerRef> funders,
                          List<SpeakerRef> people, List<SpeakerRef> editors, Optional<String> isbn,
                          Optional<String> printContact, MarkdownBody body) {
}
