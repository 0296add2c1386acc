package de.tagungsband.model;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;
import de.tagungsband.record.Located;
import de.tagungsband.record.Suggestions;
import de.tagungsband.source.ContentSources;
import de.tagungsband.source.ControlCharacters;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a file reference written in a record (image, slides, link to another record) to a file of the content
 * folder. Nothing outside the content folder is ever resolved.
 */
public final class ContentFiles {

    private ContentFiles() {
    }

    /** "Bild%20A.png" names "Bild A.png"; a stray '%' (found by fuzzing: it made the decoder throw) is taken literally. */
    private static String percentDecoded(String written) {
        try {
            return URLDecoder.decode(written.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return written;
        }
    }

    /**
     * @param recordFolder the folder of the record that holds the reference, relative to the content folder
     * @param what "image", "slides file", "linked record" — for the messages
     */
    public static Optional<Path> resolve(ContentSources sources, Path recordFolder, Located<String> reference, Path file,
                                         String what, Diagnostics diagnostics) {
        String written = reference.value();
        String decoded = percentDecoded(written);
        if (ControlCharacters.in(decoded)) {
            diagnostics.error(file, reference.line(), Text.of("reference.controlCharacters",
                    ControlCharacters.escaped(written)), Text.of("reference.controlCharacters.hint"));
            return Optional.empty();
        }
        if (decoded.startsWith("/") || decoded.startsWith("\\") || decoded.matches("^[A-Za-z]:.*")) {
            diagnostics.error(file, reference.line(), Text.of("ref.absolute", new Text.Word(what), written),
                    Text.of("ref.relative.fix"));
            return Optional.empty();
        }
        Path resolved;
        try {
            resolved = recordFolder.resolve(decoded).normalize();
        } catch (InvalidPathException e) {
            diagnostics.error(file, reference.line(), Text.of("ref.invalid", new Text.Word(what), written),
                    Text.of("ref.relative.fix"));
            return Optional.empty();
        }
        if (resolved.startsWith("..") || resolved.toString().isEmpty()) {
            diagnostics.error(file, reference.line(), Text.of("ref.outside", new Text.Word(what), written),
                    Text.of("ref.outside.fix"));
            return Optional.empty();
        }
        if (sources.files().contains(resolved)) {
            return Optional.of(resolved);
        }
        Optional<Path> caseVariant = sources.sameButForCase(resolved);
        Text relativeTo = Text.of("ref.missing.fix", recordFolder.toString().isEmpty() ? "content/" : recordFolder + "/");
        Text hint = caseVariant
                .map(p -> Text.of("ref.case.fix", p.getFileName()))
                .orElseGet(() -> decoded.endsWith(".md")
                        ? Suggestions.didYouMeanFile(decoded, records(sources, recordFolder), relativeTo)
                        : Suggestions.didYouMean(resolved.getFileName().toString(),
                        sources.files().stream().filter(p -> p.getParent() != null && p.getParent().equals(resolved.getParent()))
                                .map(p -> p.getFileName().toString()).toList(), relativeTo));
        // named as the editor wrote it: "Foto Übergabe.png", also where an address says "Foto%20Übergabe.png"
        diagnostics.error(file, reference.line(), Text.of("ref.missing", new Text.Word(what), decoded), hint);
        return Optional.empty();
    }

    /** Every record of an event folder, as a link from {@code recordFolder} would name it ({@code ../2019-x/y.md}). */
    private static List<String> records(ContentSources sources, Path recordFolder) {
        return sources.files().stream()
                .filter(p -> p.getNameCount() == 2 && p.toString().endsWith(".md"))
                .map(p -> recordFolder.relativize(p).toString().replace('\\', '/'))
                .toList();
    }
}
