package de.tagungsband.record;

import de.tagungsband.source.SourceFile;

import java.util.List;

/**
 * An expert input written up as a record of its own ({@code kind: input}).
 *
 * @param session file name of its session in the same event folder
 * @param order position among all inputs of its session
 */
public record InputRecord(SourceFile source, String slug, String title, Located<String> session,
                          List<SpeakerRef> speakers, Located<Integer> order, List<DocumentRef> documents, boolean draft,
                          MarkdownBody body)
                      implements ContentRecord {
}
