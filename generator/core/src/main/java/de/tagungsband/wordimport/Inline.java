package de.tagungsband.wordimport;

import java.util.List;

/** A piece of a block's text as the Word document has it, before it is written as Markdown. */
sealed interface Inline {

    /**
     * Text with its emphasis; {@code language} is the language code of a foreign-language passage (en, fr …), or
     * null for text in the archive's language.
     */
    record Text(String text, boolean bold, boolean italic, String language) implements Inline {
        Text(String text) {
            this(text, false, false, null);
        }
    }

    /** A link to an address outside the archive (http, https, mailto). */
    record Link(String url, List<Inline> content) implements Inline {
    }

    /** A footnote or endnote reference; numbers start at 1 in each record. */
    record NoteRef(int number) implements Inline {
    }

    /**
     * The document's {@code number}th image (from 1), saved into the event's images/ folder; an empty {@code alt}
     * means the document gave none.
     */
    record Picture(int number, String alt) implements Inline {
    }
}
