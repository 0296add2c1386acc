package de.tagungsband.html;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The content files copied into the site (images, slides, linked files) that a reader's browser would run when
 * the reader opens them: an SVG (or other XML) file with script, event handlers, HTML inside or loads from
 * another host is an error at its line ({@link SvgContent}); an HTML file is published only when site.yaml asks
 * for it with {@code html_attachments: true}, since its scripts would run with the archive's origin. A compressed
 * SVG ({@code .svgz}, {@code .svg.gz}) is unpacked and checked as an SVG; {@code .html.gz} counts as HTML.
 */
public final class AttachmentCheck {

    /** Files a browser shows as a web page, with its scripts, when they are opened. */
    private static final Set<String> PAGES = Set.of("html", "htm", "xhtml", "xht", "shtml", "mht", "mhtml",
            "xsl", "xslt");
    /** XML files a browser shows as a document, running what script they hold. */
    private static final Set<String> XML_DOCUMENTS = Set.of("svg", "xml");
    /** A compressed SVG larger than this when unpacked is refused (a small file can unpack to gigabytes). */
    private static final int MAX_UNPACKED = 20_000_000;

    private AttachmentCheck() {
    }

    /**
     * @param copies the files copied into the site, by site path; theme files (outside {@code contentRoot}) are
     *               the templates' own and not checked here
     */
    public static void check(Map<String, Path> copies, Path contentRoot, boolean htmlAllowed, Diagnostics diagnostics) {
        Path root = contentRoot.toAbsolutePath().normalize();
        copies.values().stream().map(file -> file.toAbsolutePath().normalize()).filter(file -> file.startsWith(root))
                .distinct().parallel().forEach(file -> check(file, root.relativize(file), htmlAllowed, diagnostics));
    }

    private static void check(Path file, Path shown, boolean htmlAllowed, Diagnostics diagnostics) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        // a web server sends x.svgz and x.svg.gz as an SVG with Content-Encoding: gzip, which the browser unpacks
        boolean compressed = name.endsWith(".svgz") || name.endsWith(".gz");
        String extension = name.endsWith(".svgz") ? "svg" : extension(compressed ? strip(name, ".gz") : name);
        if (PAGES.contains(extension) && !htmlAllowed) {
            diagnostics.error(shown, 1, Text.of("attachment.html", shown.getFileName()),
                    Text.of("attachment.html.hint"));
        } else if (XML_DOCUMENTS.contains(extension)) {
            Optional<byte[]> svg = compressed ? Gunzip.bounded(read(file), MAX_UNPACKED) : Optional.of(read(file));
            if (svg.isEmpty()) {
                diagnostics.error(shown, 1, Text.of("svgz.unpack", shown.getFileName(), MAX_UNPACKED / 1_000_000),
                        Text.of("svgz.unpack.hint"));
                return;
            }
            for (SvgContent.Finding finding : SvgContent.findings(svg.get())) {
                boolean broken = finding.message().key().equals("svg.broken");
                diagnostics.error(shown, finding.line(), finding.message(), compressed ? Text.of("svgz.hint")
                        : Text.of(broken ? "svg.broken.hint" : "svg.active.hint"));
            }
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static String strip(String name, String suffix) {
        return name.substring(0, name.length() - suffix.length());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
