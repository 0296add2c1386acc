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
 * @param time when the event took place on its day, "9:30–16:00"
 * @param programme points of the programme that are not sessions (Mittagspause), shown among the sessions by time
 * @param proceedings {@code false} (no volume), {@code true} (a volume also without sessions) or the path of a PDF
 *                    in the event folder that is the event's documentation; absent: a volume when it has sessions
 * @param published when the volume was published; its year stands in the imprint and the citations
 * @param printer who printed the volume (name and town), for its imprint; site.yaml's when not given
 * @param fundingNotice the event's own Förderhinweis, instead of site.yaml's, on its pages and in its volume
 * @param organisers {@code organiser:} followed by {@code organisers:}
 * @param partners "in Kooperation mit"
 * @param funders "gefördert von"
 * @param people further roles at the event (Leitung und Moderation, Pressekontakt, …)
 * @param documents attached files: flyer, programme, documentation
 */
public record EventRecord(SourceFile source, Path folder, int year, String slug, String title, Optional<String> subtitle,
                          Optional<String> kind,
                          LocalDate start, LocalDate end, Optional<String> time, List<ProgrammeItem> programme,
                          EventFormat format, Optional<String> location,
                          List<SpeakerRef> organisers, List<SpeakerRef> partners, List<SpeakerRef> funders,
                          List<SpeakerRef> people, List<SpeakerRef> editors, Optional<String> isbn,
                          Optional<String> printContact, Optional<Located<String>> proceedings,
                          Optional<LocalDate> published, Optional<FundingNotice> fundingNotice,
                          Optional<String> printer, List<DocumentRef> documents, MarkdownBody body)
        implements ContentRecord {
}
