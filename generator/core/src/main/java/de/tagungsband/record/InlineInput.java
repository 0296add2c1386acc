package de.tagungsband.record;

import java.util.List;
import java.util.Optional;

/** An expert input listed in a session's front matter, without a page of its own. */
public record InlineInput(String title, List<SpeakerRef> speakers, Optional<Located<String>> slides,
                          List<DocumentRef> documents, int line) {
}
