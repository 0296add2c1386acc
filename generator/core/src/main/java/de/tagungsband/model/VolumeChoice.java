package de.tagungsband.model;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What an event publishes as its volume: a generated proceedings volume, a PDF of its own (a documentation made
 * elsewhere, {@code proceedings: dokumentation.pdf}), or nothing ({@code proceedings: false}, or no sessions).
 *
 * @param documentation the PDF in the content folder, when the event brings its own
 */
public record VolumeChoice(boolean generated, Optional<Path> documentation) {

    public static final VolumeChoice NONE = new VolumeChoice(false, Optional.empty());
    public static final VolumeChoice GENERATED = new VolumeChoice(true, Optional.empty());
}
