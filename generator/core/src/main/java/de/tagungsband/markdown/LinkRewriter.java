package de.tagungsband.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;
import de.tagungsband.model.AssetCopy;
import de.tagungsband.model.ContentFiles;
import de.tagungsband.model.RelativeUrls;
import de.tagungsband.model.SitePaths;
import de.tagungsband.record.Located;
import de.tagungsband.record.WebAddresses;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Rewrites the links and images of one parsed body in place: links to other records' {@code .md} files become
 * relative links to their pages, images and linked files are checked and scheduled for copying.
 */
final class LinkRewriter {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private final Path file;
    private final int firstLine;
    private final String pagePath;
    private final LinkTargets targets;
    private final Diagnostics diagnostics;
    private final Set<AssetCopy> assets = new HashSet<>();
    private boolean markup;

    LinkRewriter(Path file, int firstLine, String pagePath, LinkTargets targets, Diagnostics diagnostics) {
        this.file = file;
        this.firstLine = firstLine;
        this.pagePath = pagePath;
        this.targets = targets;
        this.diagnostics = diagnostics;
    }

    Set<AssetCopy> assets() {
        return Set.copyOf(assets);
    }

    /**
     * True when the text holds what only the safelist can judge: raw HTML, attributes written in braces,
     * autolinks or addresses with other schemes than http(s), mailto and tel.
     */
    boolean hasWrittenMarkup() {
        return markup;
    }

    void rewrite(Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase || node instanceof AttributesNode
                    || node instanceof AutoLink) {
                markup = true;
            }
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                for (RawHtmlAddresses.ScriptAddress found : RawHtmlAddresses.in(node.getChars().toString())) {
                    scriptAddress(found.url(), line(node) + found.lineOffset());
                }
            }
            if (node instanceof AutoLink autoLink && WebAddresses.runsScript(autoLink.getUrl().unescape())) {
                scriptAddress(autoLink.getUrl().unescape(), line(node));
                autoLink.setUrl(BasedSequence.of(""));
            }
            if (node instanceof Image image) {
                if (image.getText().isBlank()) {
                    diagnostics.error(file, line(node), Text.of("image.noAlt", image.getUrl()),
                            Text.of("image.noAlt.fix", image.getUrl()));
                } else if (image.getText().toString().startsWith("TODO")) {
                    // the Word import writes "TODO: Alternativtext fehlt" for an image the document gave no alt text
                    diagnostics.error(file, line(node), Text.of("image.todoAlt", image.getUrl(), image.getText()),
                            Text.of("image.noAlt.fix", image.getUrl()));
                }
                image.setUrl(BasedSequence.of(resolve(image.getUrl(), line(node), true)));
            } else if (node instanceof Link link) {
                link.setUrl(BasedSequence.of(resolve(link.getUrl(), line(node), false)));
            } else if (node instanceof Reference reference) {
                reference.setUrl(BasedSequence.of(resolve(reference.getUrl(), line(node), false)));
            } else if (node instanceof Footnote footnote && footnote.getFootnoteBlock() == null) {
                diagnostics.error(file, line(node), Text.of("footnote.undefined", footnote.getText()),
                        Text.of("footnote.undefined.fix", footnote.getText()));
            }
        }
    }

    private int line(Node node) {
        return firstLine + node.getLineNumber();
    }

    /**
     * The destination to write instead of {@code written}, judged as Markdown means it: backslash escapes and
     * entities decoded ({@code &#106;avascript:} is {@code javascript:}); the renderer decodes what is returned.
     */
    private String resolve(BasedSequence written, int line, boolean image) {
        String url = written.unescape();
        if (url.isEmpty() || url.startsWith("#")) {
            return written.toString();
        }
        boolean pictureData = image && WebAddresses.cleaned(url).toLowerCase(java.util.Locale.ROOT).startsWith("data:image/");
        if (WebAddresses.runsScript(url) && !pictureData) { // an image shows an SVG as a picture, without its script
            scriptAddress(url, line);
            return "";
        }
        Optional<String> given = WebAddresses.scheme(url);
        if (given.isPresent() || url.startsWith("//")) {
            String scheme = given.orElse("https");
            if (scheme.equals("file")) {
                diagnostics.error(file, line, Text.of("link.file", shorten(url)), Text.of("link.file.hint"));
                return "";
            }
            if (!SAFE_SCHEMES.contains(scheme)) {
                markup = true;
                diagnostics.warning(file, line, Text.of("link.scheme", shorten(url), scheme),
                        Text.of("link.scheme.hint"));
            } else if (image) {
                diagnostics.error(file, line, Text.of("image.external", shorten(url)), Text.of("image.external.hint"));
                return "";
            }
            return written.toString();
        }
        int cut = indexOfAny(url, '#', '?');
        String path = cut < 0 ? url : url.substring(0, cut);
        String fragment = cut >= 0 && url.charAt(cut) == '#' ? url.substring(cut) : "";
        String what = image ? "what.image" : path.endsWith(".md") ? "what.record" : "what.file";
        Path folder = file.getParent() == null ? Path.of("") : file.getParent();
        Optional<Path> target = ContentFiles.resolve(targets.sources(), folder, new Located<>(path, line), file, what, diagnostics);
        if (target.isEmpty()) {
            return "";
        }
        if (path.endsWith(".md")) {
            return recordLink(target.get(), url, line) + fragment;
        }
        String sitePath = targets.sitePathOfFile().apply(target.get());
        if (SitePaths.reserved(sitePath)) {
            diagnostics.error(file, line, Text.of("reference.reserved", url, sitePath), Text.of("reference.reserved.hint"));
            return "";
        }
        assets.add(new AssetCopy(target.get(), sitePath));
        return RelativeUrls.between(pagePath, sitePath);
    }

    /**
     * A link that would run script (javascript:, vbscript:, data: but for images) loses its address, whatever else
     * is allowed (also with allow_raw_html), with a warning at its line; in raw HTML too ({@link RawHtmlAddresses}).
     */
    private void scriptAddress(String url, int line) {
        markup = true;
        diagnostics.warning(file, line, Text.of("link.script", shorten(WebAddresses.cleaned(url))), Text.of("link.script.hint"));
    }

    private String recordLink(Path target, String written, int line) {
        String page = targets.pageBySource().get(target);
        if (page != null) {
            return RelativeUrls.between(pagePath, page);
        }
        if (targets.drafts().contains(target)) {
            diagnostics.error(file, line, Text.of("link.toDraft", written), Text.of("link.toDraft.fix"));
        } else {
            diagnostics.error(file, line, Text.of("link.notRecord", written), Text.of("link.notRecord.fix"));
        }
        return "";
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static String shorten(String url) {
        return url.length() > 40 ? url.substring(0, 40) + "…" : url;
    }
}
