package de.tagungsband.record;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.source.FrontMatterDocument;
import de.tagungsband.source.SourceFile;

import java.util.Optional;

/** Splits a record's front matter off, reporting a missing or unclosed one. */
final class FrontMatter {

    private FrontMatter() {
    }

    static Optional<FrontMatterDocument> require(SourceFile source, Diagnostics diagnostics) {
        Optional<FrontMatterDocument> document = FrontMatterDocument.split(source);
        if (document.isEmpty()) {
            if (FrontMatterDocument.hasUnclosedFrontMatter(source)) {
                diagnostics.error(source.path(), 1, "the front matter starting here is never closed",
                        "add a line with only --- after the last field");
            } else {
                diagnostics.error(source.path(), 1, "the record has no front matter",
                        "start the file with a line ---, the fields (title: …), and another line ---");
            }
        }
        return document;
    }
}
