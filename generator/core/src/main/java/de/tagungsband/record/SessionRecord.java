package de.tagungsband.record;

import de.tagungsband.source.SourceFile;

import java.util.List;

/** A session of an event: workshop, talk, panel or keynote, with its article. */
public record SessionRecord(SourceFile source, String slug, String title, SessionKind kind,
                            List<Located<String>> authors, Located<Integer> order, List<String> topics,
                            List<InlineInput> inputs, boolean draft, MarkdownBody body) {
}
