package de.tagungsband.model;

import de.tagungsband.record.MarkdownBody;
import de.tagungsband.source.SourceFile;

import java.util.List;
import java.util.Optional;

/**
 * An expert input (Fachinput) of a session.
 *
 * @param title as written, or for an input without title the session's kind and its speakers ("Grußwort von …")
 * @param pagePath present when the input is a record of its own with a page
 * @param slidesPath the slides file below the site root, when given
 * @param documents attached files ({@code documents:})
 * @param source and body: present for inputs with a record of their own
 * @param untitled the record gave no title: the title is made of the session's kind and the speakers
 */
public record Input(String title, List<Speaker> speakers, Optional<String> pagePath, Optional<String> slidesPath,
                    List<Attachment> documents, Optional<SourceFile> source, Optional<MarkdownBody> body,
                    boolean untitled) {
}
