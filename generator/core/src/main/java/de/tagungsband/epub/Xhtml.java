package de.tagungsband.epub;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.nio.charset.StandardCharsets;

/** A content document of the EPUB: XHTML with the EPUB namespace, its language, title and the stylesheet. */
final class Xhtml {

    private final Document document = new Document("");
    private final Element head;
    private final Element body;

    Xhtml(String language, String title) {
        document.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(false);
        Element html = document.appendElement("html").attr("xmlns", "http://www.w3.org/1999/xhtml")
                .attr("xmlns:epub", "http://www.idpf.org/2007/ops").attr("lang", language)
                .attr("xml:lang", language);
        head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("title").text(title);
        head.appendElement("link").attr("rel", "stylesheet").attr("type", "text/css").attr("href", "style.css");
        body = html.appendElement("body");
    }

    Element body() {
        return body;
    }

    byte[] bytes() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + document.child(0).outerHtml() + "\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
