package de.tagungsband.record;

import de.tagungsband.source.SourceFile;

import java.util.List;

/**
 * A session of an event: workshop, talk, panel or keynote, with its article.
 *
 * @param authors who wrote the article, each with role and organisation as of this session when they differ
 * @param people further roles at the session (Moderation, Protokoll, …), each with its role
 */
public record SessionRecord(SourceFile source, String slug, String title, SessionKind kind,
                            List<SpeakerRef> authors, List<SpeakerRef> people, Located<Integer> order, List<String> topics,
                            List<InlineInput> inputs, boolean draft, MarkdownBody body) {
}
