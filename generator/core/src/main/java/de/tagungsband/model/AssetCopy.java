package de.tagungsband.model;

import java.nio.file.Path;

/** A content file (image, slides) to be copied into the site. */
public record AssetCopy(Path contentPath, String sitePath) {
}
