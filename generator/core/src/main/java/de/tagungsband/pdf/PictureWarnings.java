package de.tagungsband.pdf;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;
import de.tagungsband.source.SourceFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * For the print edition: a warning for each photo that prints below 300 ppi at the size the volume gives it, at the
 * line of the record that shows it, with the pixels it would need. Nothing is refused: the volume is made as before.
 */
final class PictureWarnings {

    /** A part of the volume: where it starts, the record it comes from and its print HTML. */
    private record Part(int firstPage, SourceFile source, String html) {
    }

    private PictureWarnings() {
    }

    static void report(Layout layout, byte[] volumePdf, Diagnostics diagnostics) {
        List<PrintedPictures.Picture> thin;
        try (PDDocument volume = Loader.loadPDF(volumePdf)) {
            thin = PrintedPictures.of(volume).stream().filter(p -> p.ppi() < PrintedPictures.PRINT_PPI).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (thin.isEmpty()) {
            return;
        }
        List<Part> parts = parts(layout);
        Set<String> reported = new HashSet<>();
        for (PrintedPictures.Picture picture : thin) {
            Part part = parts.stream().filter(p -> p.firstPage() <= picture.page()).reduce((a, b) -> b)
                    .orElse(parts.get(0));
            Optional<Path> file = pictureFile(part, picture).or(() -> parts.stream()
                    .flatMap(p -> pictureFile(p, picture).stream()).findFirst());
            String name = file.map(f -> f.getFileName().toString()).orElse("");
            if (!reported.add(part.source().path() + "|" + name + "|" + picture.page())) {
                continue;
            }
            String label = layout.pages().label(picture.page() - 1);
            int[] needed = picture.pixelsNeeded();
            Object[] facts = {label, Math.round(picture.ppi()), picture.widthPx(), picture.heightPx(),
                    millimetres(picture.widthMm()), millimetres(picture.heightMm())};
            Text message = name.isEmpty() ? Text.of("print.thinPicture.unnamed", facts)
                    : Text.of("print.thinPicture", prepend(name, facts));
            diagnostics.warning(part.source().path(), name.isEmpty() ? 1 : lineOf(part.source().text(), name),
                    message, Text.of("print.thinPicture.fix", needed[0], needed[1], PrintedPictures.PRINT_PPI));
        }
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static String millimetres(double mm) {
        return String.format(Locale.GERMANY, "%.0f", mm);
    }

    /** The volume's parts in page order: the front matter (the event, with its cover picture), then each chapter. */
    private static List<Part> parts(Layout layout) {
        VolumePlan plan = layout.plan();
        List<Part> parts = new ArrayList<>();
        String cover = plan.coverImage().map(src -> "<img src=\"" + src + "\">").orElse("");
        parts.add(new Part(1, plan.event().record().source(), cover + plan.introHtml()));
        for (VolumePlan.SessionChapter chapter : plan.sessions()) {
            SourceFile session = chapter.session().record().source();
            layout.pages().ref(VolumePlan.titleOf(chapter.id()))
                    .ifPresent(ref -> parts.add(new Part(ref.page(), session, chapter.bodyHtml())));
            for (VolumePlan.InputChapter input : chapter.inputs()) {
                layout.pages().ref(VolumePlan.titleOf(input.id())).ifPresent(ref -> parts.add(
                        new Part(ref.page(), input.input().source().orElse(session), input.bodyHtml())));
            }
        }
        parts.sort(Comparator.comparingInt(Part::firstPage));
        return parts;
    }

    /** The part's picture file with the drawn picture's pixels. */
    private static Optional<Path> pictureFile(Part part, PrintedPictures.Picture picture) {
        for (Element img : Jsoup.parseBodyFragment(part.html()).select("img[src^=file:]")) {
            try {
                Path file = Path.of(URI.create(img.attr("src")));
                int[] size = pixels(file);
                if (size[0] == picture.widthPx() && size[1] == picture.heightPx()) {
                    return Optional.of(file);
                }
            } catch (IllegalArgumentException | IOException e) {
                // not a picture ImageIO reads (an SVG): it has no pixels to compare
            }
        }
        return Optional.empty();
    }

    private static int[] pixels(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return new int[] {-1, -1};
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }

    /** The first line of the record that names the file, from 1; 1 when none does. */
    static int lineOf(String text, String fileName) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fileName)) {
                return i + 1;
            }
        }
        return 1;
    }
}
