package de.tagungsband.epub;

import de.tagungsband.source.MediaTypes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The images of one EPUB: each file the print HTML points to ({@code file:} URLs into the content folder) is taken
 * into the package once, as {@code images/<name>}.
 */
final class Images {

    /** The image types of EPUB 3's core media types; a reading system need not show any other. */
    private static final Set<String> CORE_IMAGE_TYPES = Set.of("image/svg+xml", "image/png", "image/jpeg",
            "image/gif", "image/webp");

    private final Map<String, String> pathByUrl = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    /** The image's path in the package, or empty when it is no image an EPUB can hold (then it is left out). */
    Optional<String> add(String fileUrl) {
        if (pathByUrl.containsKey(fileUrl)) {
            return Optional.of(pathByUrl.get(fileUrl));
        }
        if (!fileUrl.startsWith("file:")) {
            return Optional.empty();
        }
        Path file = Path.of(URI.create(fileUrl));
        String name = file.getFileName().toString();
        if (mediaType(name).isEmpty() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String dot = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
        String base = name.substring(0, name.length() - dot.length()).replaceAll("[^A-Za-z0-9_-]", "-");
        String path = "images/" + base + dot.toLowerCase(Locale.ROOT);
        for (int n = 2; files.containsKey(path); n++) {
            path = "images/" + base + "-" + n + dot.toLowerCase(Locale.ROOT);
        }
        try {
            files.put(path, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pathByUrl.put(fileUrl, path);
        return Optional.of(path);
    }

    Map<String, byte[]> files() {
        return files;
    }

    static Optional<String> mediaType(String name) {
        return MediaTypes.of(name).filter(CORE_IMAGE_TYPES::contains);
    }
}
