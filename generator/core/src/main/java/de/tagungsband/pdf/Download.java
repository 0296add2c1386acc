package de.tagungsband.pdf;

/** A file readers can download, as the pages link to it: where it lies below the site root and its size. */
public record Download(String sitePath, long byteSize) {
}
