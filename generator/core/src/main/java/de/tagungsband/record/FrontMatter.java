package de.tagungsband.record;

import de.tagungsband.i18n.Text;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.source.FrontMatterDocument;
import de.tagungsband.source.SourceFile;

import java.util.Optional;

/** Splits a record's front matter off and parses it, reporting a missing, unclosed or broken one. */
final class FrontMatter {

    /** A record's fields and its Markdown body. */
    record Parsed(YamlFields fields, MarkdownBody body) {
    }

    private FrontMatter() {
    }

    /** The record's fields and body; empty when the front matter cannot be read at all (reported). */
    static Optional<Parsed> read(SourceFile source, Diagnostics diagnostics) {
        return require(source, source.text(), diagnostics).flatMap(doc ->
                YamlDocument.parseMapping(doc.frontMatter(), source.path(), doc.frontMatterLine(), diagnostics)
                        .map(fields -> new Parsed(fields, new MarkdownBody(source.utf8(), doc.bodyOffset(), doc.bodyLine()))));
    }

    private static Optional<FrontMatterDocument> require(SourceFile source, String text, Diagnostics diagnostics) {
        Optional<FrontMatterDocument> document = FrontMatterDocument.split(source, text);
        if (document.isEmpty()) {
            if (FrontMatterDocument.hasUnclosedFrontMatter(text)) {
                diagnostics.error(source.path(), 1, Text.of("frontMatter.unclosed"), Text.of("frontMatter.unclosed.fix"));
            } else {
                diagnostics.error(source.path(), 1, Text.of("frontMatter.missing"), Text.of("frontMatter.missing.fix"));
            }
        }
        return document;
    }
}
