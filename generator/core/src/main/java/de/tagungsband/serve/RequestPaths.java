package de.tagungsband.serve;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps a request path to a file below the site folder, and to nothing else: dot segments, encoded dots and slashes,
 * backslashes, NUL, drive letters and hidden names are refused outright rather than normalised.
 */
final class RequestPaths {

    private static final Pattern ENCODED_SEPARATOR_OR_DOT = Pattern.compile("%(2e|2f|5c|00)", Pattern.CASE_INSENSITIVE);

    private RequestPaths() {
    }

    /**
     * @param rawPath the path of the request as sent, still percent-encoded
     * @param decodedPath the same path decoded
     */
    static Optional<Path> resolve(Path siteRoot, String rawPath, String decodedPath) {
        if (rawPath == null || decodedPath == null || !rawPath.startsWith("/")
                || ENCODED_SEPARATOR_OR_DOT.matcher(rawPath).find()
                || decodedPath.indexOf('\\') >= 0 || decodedPath.indexOf('\0') >= 0 || decodedPath.indexOf(':') >= 0) {
            return Optional.empty();
        }
        Path target = siteRoot;
        for (String segment : decodedPath.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.startsWith(".")) {
                return Optional.empty();
            }
            target = target.resolve(segment);
        }
        Path normalised = target.normalize();
        return normalised.startsWith(siteRoot) ? Optional.of(normalised) : Optional.empty();
    }
}
