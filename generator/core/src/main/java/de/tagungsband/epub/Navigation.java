package de.tagungsband.epub;

import de.tagungsband.epub.ContentDocuments.Doc;
import de.tagungsband.epub.ContentDocuments.TocEntry;
import de.tagungsband.i18n.Messages;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * The navigation document: the contents (chapters with their inputs below them), the printed volume's pages as a
 * page list, and the landmarks (contents, start of the text).
 */
final class Navigation {

    static final String FILE = "nav.xhtml";

    private Navigation() {
    }

    static byte[] write(String language, Messages msg, List<Doc> docs, List<PageMarkers.Mark> pages,
                        String bodyStart) {
        Xhtml xhtml = new Xhtml(language, msg.get("volume.contents"));
        Element body = xhtml.body();
        Element toc = body.appendElement("nav").attr("epub:type", "toc").attr("role", "doc-toc").id("toc")
                .attr("aria-labelledby", "toc-title");
        toc.appendElement("h1").id("toc-title").text(msg.get("volume.contents"));
        Element list = toc.appendElement("ol");
        Element lastTop = null;
        for (Doc doc : docs) {
            for (TocEntry entry : doc.toc()) {
                if (entry.level() > 1 && lastTop != null) {
                    Element sub = lastTop.selectFirst("> ol");
                    if (sub == null) {
                        sub = lastTop.appendElement("ol");
                    }
                    sub.appendElement("li").appendElement("a").attr("href", entry.href()).text(entry.title());
                } else {
                    lastTop = list.appendElement("li");
                    lastTop.appendElement("a").attr("href", entry.href()).text(entry.title());
                }
            }
        }
        if (!pages.isEmpty()) {
            Element pageList = body.appendElement("nav").attr("epub:type", "page-list").attr("role", "doc-pagelist")
                    .attr("aria-labelledby", "page-list-title").attr("hidden", "hidden");
            pageList.appendElement("h2").id("page-list-title").text(msg.get("epub.pageList"));
            Element ol = pageList.appendElement("ol");
            for (PageMarkers.Mark page : pages) {
                ol.appendElement("li").appendElement("a").attr("href", page.href()).text(page.label());
            }
        }
        Element landmarks = body.appendElement("nav").attr("epub:type", "landmarks").attr("hidden", "hidden")
                .attr("aria-labelledby", "landmarks-title");
        landmarks.appendElement("h2").id("landmarks-title").text(msg.get("epub.landmarks"));
        Element ol = landmarks.appendElement("ol");
        ol.appendElement("li").appendElement("a").attr("epub:type", "toc").attr("href", FILE + "#toc")
                .text(msg.get("volume.contents"));
        ol.appendElement("li").appendElement("a").attr("epub:type", "bodymatter").attr("href", bodyStart)
                .text(msg.get("epub.bodyStart"));
        return xhtml.bytes();
    }
}
