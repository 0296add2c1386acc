package de.tagungsband.serve;

import de.tagungsband.i18n.Messages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The page the preview shows for every page while the content has errors: each problem as {@code path:line:
 * message. Fix: hint}, escaped (built with Jsoup's DOM, never by gluing strings), and the reload script.
 */
final class ErrorPage {

    private static final String STYLE = "body{font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;"
            + "padding:0 1rem;color:#1a1a1a}h1{color:#a40000}li{font-family:ui-monospace,monospace;white-space:pre-wrap;"
            + "margin:.5rem 0;padding:.5rem;background:#fff3f3;border-left:4px solid #a40000}";

    private ErrorPage() {
    }

    static byte[] render(List<String> problems, Path templates, String reloadScriptTag) {
        Messages messages = messages(templates);
        Document page = Document.createShell("");
        page.outputSettings().charset(StandardCharsets.UTF_8);
        page.selectFirst("html").attr("lang", messages.language());
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("title").text(messages.get("preview.errors.title"));
        page.head().appendElement("style").appendText(STYLE);
        Element main = page.body().appendElement("main");
        main.appendElement("h1").text(messages.get("preview.errors.title"));
        main.appendElement("p").text(messages.get("preview.errors.intro"));
        Element list = main.appendElement("ul").addClass("tagungsband-problems");
        problems.forEach(problem -> list.appendElement("li").text(problem));
        page.body().append(reloadScriptTag);
        return page.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    /** The templates' German texts; the built-in ones when the templates folder is what is broken. */
    private static Messages messages(Path templates) {
        try {
            Messages messages = Messages.load(templates, "de");
            messages.get("preview.errors.title");
            messages.get("preview.errors.intro");
            return messages;
        } catch (RuntimeException e) {
            return Messages.builtIn("de");
        }
    }
}
