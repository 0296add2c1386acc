package de.tagungsband.wordimport;

import java.util.List;

/** A block of the imported text: what becomes one Markdown block. */
sealed interface Block {

    /** A heading; {@code level} 2 is the record's first level ({@code ##}). */
    record Heading(int level, List<Inline> content) implements Block {
    }

    record Paragraph(List<Inline> content) implements Block {
    }

    record Quote(List<Inline> content) implements Block {
    }

    /** An item of a list; {@code depth} 0 is the outermost list. Consecutive items form one list. */
    record ListItem(int depth, boolean ordered, List<Inline> content) implements Block {
    }

    /** A table; its first row is the header row. */
    record Table(List<List<List<Inline>>> rows) implements Block {
    }

    /** A footnote or endnote, written as a Markdown footnote {@code [^number]: …} at the end of the record. */
    record Note(int number, List<List<Inline>> paragraphs) {
    }
}
