package de.tagungsband.record;

import de.tagungsband.source.SourceFile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A session of an event: workshop, talk, panel or keynote, with its article.
 *
 * @param title empty when the record gives none: pages then name it by its kind and people
 * @param kind as written; resolved against site.yaml's session_kinds when the model is assembled
 * @param authors who wrote the article, each with role and organisation as of this session when they differ
 * @param time when it took place, "13:30–15:30"; sessions of the same time are parallel
 * @param date the day it took place, for events of several days (the first day when not given)
 * @param slot a label shared by parallel sessions whose time is not known ("Parallele Panels")
 * @param documents attached files: slides, flyer, documentation
 * @param people further roles at the session (Moderation, Protokoll, …), each with its role
 */
public record SessionRecord(SourceFile source, String slug, String title, Located<SessionKind> kind,
                            List<SpeakerRef> authors, List<SpeakerRef> people, Optional<String> time,
                            Optional<Located<LocalDate>> date,
                            Optional<String> slot, Located<Integer> order, List<String> topics,
                            List<InlineInput> inputs, List<DocumentRef> documents, boolean draft,
                            MarkdownBody body) implements ContentRecord {
}
