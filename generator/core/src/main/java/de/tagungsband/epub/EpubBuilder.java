package de.tagungsband.epub;

import de.tagungsband.epub.ContentDocuments.Doc;
import de.tagungsband.epub.PackageDocument.Item;
import de.tagungsband.i18n.Messages;
import de.tagungsband.model.Event;
import de.tagungsband.pdf.Layout;
import de.tagungsband.record.SiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stage 5b, the entry point: one volume as EPUB 3, from the volume as it was set. Pure: the same layout gives the
 * same bytes.
 */
public final class EpubBuilder {

    private static final String STYLESHEET = "style.css";

    private final SiteConfig site;
    private final Messages messages;
    private final Path contentRoot;
    private final byte[] stylesheet;

    /** @param contentRoot where site.yaml's logo is found */
    public EpubBuilder(SiteConfig site, Messages messages, Path contentRoot) {
        this.site = site;
        this.messages = messages;
        this.contentRoot = contentRoot;
        try (InputStream in = EpubBuilder.class.getResourceAsStream(STYLESHEET)) {
            this.stylesheet = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Beside the PDF: tagungsband-&lt;slug&gt;.epub. */
    public static String sitePath(Event event) {
        return event.pagePath() + "tagungsband-" + event.record().slug() + ".epub";
    }

    /** The EPUB of a set volume; {@code volumePdf} gives the cover (its first page). */
    public byte[] build(Layout layout, byte[] volumePdf) {
        PageMarkers markers = new PageMarkers(layout.pages());
        Images images = new Images();
        Optional<String> logo = site.identity().logo()
                .flatMap(l -> images.add(contentRoot.resolve(l.contentPath()).toAbsolutePath().normalize().toUri().toString()));
        List<Doc> docs = new ContentDocuments(layout, site, messages, markers, images, logo).make();
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Item> items = new ArrayList<>();
        List<String> spine = new ArrayList<>();
        files.put(STYLESHEET, stylesheet);
        items.add(new Item("css", STYLESHEET, "text/css", ""));
        String bodyStart = docs.size() > 1 ? docs.get(1).file() : docs.get(0).file();
        files.put(Navigation.FILE, Navigation.write(site.language(), messages, docs, markers.marks(), bodyStart));
        items.add(new Item("nav", Navigation.FILE, "application/xhtml+xml", "nav"));
        for (int i = 0; i < docs.size(); i++) {
            Doc doc = docs.get(i);
            String id = "d-" + doc.file().replace(".xhtml", "");
            files.put(doc.file(), doc.xhtml().bytes());
            items.add(new Item(id, doc.file(), "application/xhtml+xml", ""));
            spine.add(id);
            if (i == 0) {
                spine.add("nav"); // the contents after the title page, where the printed volume has them
            }
        }
        files.put(CoverPicture.PATH, CoverPicture.of(volumePdf));
        items.add(new Item("cover", CoverPicture.PATH, "image/png", "cover-image"));
        int n = 0;
        for (Map.Entry<String, byte[]> image : images.files().entrySet()) {
            files.put(image.getKey(), image.getValue());
            items.add(new Item("img-" + ++n, image.getKey(), Images.mediaType(image.getKey()).orElseThrow(), ""));
        }
        boolean pictures = !images.files().isEmpty(); // in the text (the cover is no part of the reading)
        String pdfUrl = site.baseUrl() + layout.plan().sitePath();
        files.put("package.opf", PackageDocument.write(layout.plan(), site, messages, items, spine, pictures, pdfUrl,
                layout.plan().event().record().end() + "T00:00:00Z"));
        return EpubZip.write(files);
    }
}
