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

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rewrites the links and images of one parsed body in place: links to other records' {@code .md} files become
 * relative links to their pages, images and linked files are checked and scheduled for copying.
 */
final class LinkRewriter {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
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
            if (node instanceof Image image) {
                if (image.getText().isBlank()) {
                    diagnostics.error(file, line(node), Text.of("image.noAlt", image.getUrl()),
                            Text.of("image.noAlt.fix", image.getUrl()));
                } else if (image.getText().toString().startsWith("TODO")) {
                    // the Word import writes "TODO: Alternativtext fehlt" for an image the document gave no alt text
                    diagnostics.error(file, line(node), Text.of("image.todoAlt", image.getUrl(), image.getText()),
                            Text.of("image.noAlt.fix", image.getUrl()));
                }
                image.setUrl(BasedSequence.of(resolve(image.getUrl().toString(), line(node), true)));
            } else if (node instanceof Link link) {
                link.setUrl(BasedSequence.of(resolve(link.getUrl().toString(), line(node), false)));
            } else if (node instanceof Reference reference) {
                reference.setUrl(BasedSequence.of(resolve(reference.getUrl().toString(), line(node), false)));
            } else if (node instanceof Footnote footnote && footnote.getFootnoteBlock() == null) {
                diagnostics.error(file, line(node), Text.of("footnote.undefined", footnote.getText()),
                        Text.of("footnote.undefined.fix", footnote.getText()));
            }
        }
    }

    private int line(Node node) {
        return firstLine + node.getLineNumber();
    }

    private String resolve(String url, int line, boolean image) {
        if (url.isEmpty() || url.startsWith("#")) {
            return url;
        }
        if (SCHEME.matcher(url).find() || url.startsWith("//")) {
            String scheme = url.startsWith("//") ? "https" : url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
            if (scheme.equals("file")) {
                diagnostics.error(file, line, Text.of("link.fileScheme", url), Text.of("link.fileScheme.fix"));
                return "";
            }
            if (!SAFE_SCHEMES.contains(scheme)) {
                markup = true;
                diagnostics.warning(file, line, Text.of("link.unsafeScheme", shorten(url), scheme),
                        Text.of("link.unsafeScheme.fix"));
            } else if (image) {
                diagnostics.error(file, line, Text.of("image.foreign", url), Text.of("image.foreign.fix"));
                return "";
            }
            return url;
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
