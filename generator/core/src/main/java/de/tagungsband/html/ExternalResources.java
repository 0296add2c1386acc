package de.tagungsband.html;

import de.tagungsband.record.WebAddresses;
import org.htmlunit.cssparser.dom.AbstractCSSRuleImpl;
import org.htmlunit.cssparser.dom.CSSFontFaceRuleImpl;
import org.htmlunit.cssparser.dom.CSSImportRuleImpl;
import org.htmlunit.cssparser.dom.CSSMediaRuleImpl;
import org.htmlunit.cssparser.dom.CSSPageRuleImpl;
import org.htmlunit.cssparser.dom.CSSStyleDeclarationImpl;
import org.htmlunit.cssparser.dom.CSSStyleRuleImpl;
import org.htmlunit.cssparser.dom.CSSValueImpl;
import org.htmlunit.cssparser.dom.Property;
import org.htmlunit.cssparser.parser.CSSErrorHandler;
import org.htmlunit.cssparser.parser.CSSException;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.InputSource;
import org.htmlunit.cssparser.parser.LexicalUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds everything a page or stylesheet would load from another host: scripts, stylesheets, icons, preloads,
 * images (also in {@code srcset}), frames, media, and {@code url()} and {@code @import} in CSS. Links a reader
 * follows ({@code <a href>}) are not loads and are allowed.
 */
public final class ExternalResources {

    /** {@code <link rel>} values that make the browser fetch or contact the target. */
    private static final Set<String> LOADING_RELS = Set.of("stylesheet", "icon", "shortcut", "apple-touch-icon",
            "mask-icon", "preload", "modulepreload", "prefetch", "prerender", "preconnect", "dns-prefetch", "manifest");
    /** Elements that load what one of their attributes names, by tag. */
    private static final Map<String, List<String>> LOADING_ATTRIBUTES = Map.ofEntries(
            Map.entry("script", List.of("src")), Map.entry("img", List.of("src")), Map.entry("iframe", List.of("src")),
            Map.entry("frame", List.of("src")), Map.entry("embed", List.of("src")), Map.entry("source", List.of("src")),
            Map.entry("video", List.of("src", "poster")), Map.entry("audio", List.of("src")),
            Map.entry("track", List.of("src")), Map.entry("input", List.of("src")), Map.entry("object", List.of("data")),
            Map.entry("image", List.of("href", "xlink:href")), Map.entry("use", List.of("href", "xlink:href")));
    /** Of an element in {@link #LOADING_ATTRIBUTES}, each of these attributes is read. */
    private static final List<String> URL_ATTRIBUTES = List.of("src", "data", "poster", "href", "xlink:href");
    private static final List<String> SOURCE_SET_ATTRIBUTES = List.of("srcset", "imagesrcset");
    private static final Set<String> LOCAL_SCHEMES = Set.of("data", "blob", "about");

    private ExternalResources() {
    }

    /** A loaded address that points to another host, and what loads it ("img src", "CSS url()", …). */
    public record Load(String url, String how) {
    }

    /**
     * Every load of a page, found in one walk over its elements; listed by kind (attributes that load, then
     * {@code srcset}, {@code <link>}, {@code <style>}, {@code style} attributes), each kind in document order.
     */
    public static List<Load> inHtml(String html) {
        Document document = Jsoup.parse(html);
        List<Load> attributes = new ArrayList<>();
        List<Load> sourceSets = new ArrayList<>();
        List<Load> links = new ArrayList<>();
        List<Load> styles = new ArrayList<>();
        List<Load> styleAttributes = new ArrayList<>();
        for (Element e : document.getAllElements()) {
            if (loadsByAttribute(e)) {
                for (String attribute : URL_ATTRIBUTES) {
                    if (e.hasAttr(attribute)) {
                        add(attributes, e.attr(attribute), e.tagName() + " " + attribute);
                    }
                }
            }
            for (String attribute : SOURCE_SET_ATTRIBUTES) {
                if (e.hasAttr(attribute)) {
                    for (String candidate : e.attr(attribute).split(",")) {
                        String url = candidate.strip().split("\\s+")[0];
                        if (!url.isEmpty()) {
                            add(sourceSets, url, e.tagName() + " " + attribute);
                        }
                    }
                }
            }
            if (e.normalName().equals("link") && e.hasAttr("href")) {
                boolean loading = List.of(e.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).stream()
                        .anyMatch(LOADING_RELS::contains);
                if (loading) {
                    add(links, e.attr("href"), "link rel=\"" + e.attr("rel") + "\"");
                }
            }
            if (e.normalName().equals("style")) {
                styles.addAll(inCss(e.data()));
            }
            if (e.hasAttr("style")) {
                urlsInDeclaration(e.attr("style")).forEach(url -> add(styleAttributes, url, "style attribute url()"));
            }
        }
        List<Load> loads = new ArrayList<>(attributes);
        loads.addAll(sourceSets);
        loads.addAll(links);
        loads.addAll(styles);
        loads.addAll(styleAttributes);
        return loads;
    }

    /** Whether the element is one of {@link #LOADING_ATTRIBUTES}: a tag that loads, with its loading attribute. */
    private static boolean loadsByAttribute(Element e) {
        for (String attribute : LOADING_ATTRIBUTES.getOrDefault(e.normalName(), List.of())) {
            if (e.hasAttr(attribute)) {
                return true;
            }
        }
        return false;
    }

    public static List<Load> inCss(String css) {
        String decoded = CssNames.decoded(css);
        List<Load> loads = new ArrayList<>();
        try {
            CSSOMParser parser = new CSSOMParser();
            parser.setErrorHandler(QUIET);
            for (AbstractCSSRuleImpl rule : parser.parseStyleSheet(new InputSource(new StringReader(decoded)), null)
                    .getCssRules().getRules()) {
                collect(rule, loads);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withUnparsed(loads, decoded, "CSS url()");
    }

    /**
     * The parser drops a declaration or rule it cannot read, where a browser may still read a {@code url()} or
     * {@code @import} in it; every such address in the text is added, once.
     */
    private static List<Load> withUnparsed(List<Load> parsed, String decodedCss, String how) {
        List<Load> loads = new ArrayList<>(parsed);
        Set<String> seen = new java.util.HashSet<>();
        parsed.forEach(load -> seen.add(load.url()));
        for (String url : CssNames.addressesInText(decodedCss)) {
            if (isOtherHost(url) && seen.add(url.strip())) {
                loads.add(new Load(url.strip(), how));
            }
        }
        return loads;
    }

    private static void collect(AbstractCSSRuleImpl rule, List<Load> loads) {
        if (rule instanceof CSSImportRuleImpl importRule) {
            add(loads, importRule.getHref(), "CSS @import");
        } else if (rule instanceof CSSMediaRuleImpl media) {
            media.getCssRules().getRules().forEach(r -> collect(r, loads));
        } else if (rule instanceof CSSStyleRuleImpl style) {
            declarationUrls(style.getStyle(), loads);
        } else if (rule instanceof CSSFontFaceRuleImpl fontFace) {
            declarationUrls(fontFace.getStyle(), loads);
        } else if (rule instanceof CSSPageRuleImpl page) {
            declarationUrls(page.getStyle(), loads);
        }
    }

    static List<String> urlsInDeclaration(String declaration) {
        String decoded = CssNames.decoded(declaration);
        List<Load> loads = new ArrayList<>();
        try {
            CSSOMParser parser = new CSSOMParser();
            parser.setErrorHandler(QUIET);
            declarationUrls(parser.parseStyleDeclaration(decoded), loads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withUnparsed(loads, decoded, "CSS url()").stream().map(Load::url).toList();
    }

    private static void declarationUrls(CSSStyleDeclarationImpl declaration, List<Load> loads) {
        if (declaration == null) {
            return;
        }
        for (Property property : declaration.getProperties()) {
            List<String> urls = new ArrayList<>();
            values(property.getValue(), urls);
            urls.forEach(url -> add(loads, url, "CSS url() in " + property.getName()));
        }
    }

    private static void values(CSSValueImpl value, List<String> urls) {
        if (value == null) {
            return;
        }
        Object inner = value.getValue();
        if (inner instanceof LexicalUnit unit) {
            units(unit, urls, false);
        } else if (inner instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof CSSValueImpl v) {
                    values(v, urls);
                }
            }
        }
    }

    /** Walks a chain of lexical units and the parameters of functions ({@code image-set("a.png" 1x)} too). */
    private static void units(LexicalUnit unit, List<String> urls, boolean stringsAreUrls) {
        for (LexicalUnit u = unit; u != null; u = u.getNextLexicalUnit()) {
            LexicalUnit.LexicalUnitType type = u.getLexicalUnitType();
            if (type == LexicalUnit.LexicalUnitType.URI) {
                urls.add(u.getStringValue());
            } else if (type == LexicalUnit.LexicalUnitType.STRING_VALUE && stringsAreUrls) {
                urls.add(u.getStringValue());
            } else if (u.getParameters() != null) {
                String function = u.getFunctionName() == null ? "" : u.getFunctionName().toLowerCase(Locale.ROOT);
                units(u.getParameters(), urls, function.endsWith("image-set"));
            }
        }
    }

    private static void add(List<Load> loads, String url, String how) {
        if (isOtherHost(url)) {
            loads.add(new Load(url.strip(), how));
        }
    }

    /**
     * An address with a scheme other than data:, blob: or about:, or one starting with // (or a backslash, which
     * browsers read as a slash), leaves the archive; read as a browser reads it (WHATWG URL: leading and trailing
     * controls and spaces dropped, tabs and line breaks removed anywhere).
     */
    static boolean isOtherHost(String url) {
        String u = url == null ? "" : WebAddresses.cleaned(url);
        if (u.startsWith("//") || u.startsWith("\\\\") || u.startsWith("/\\") || u.startsWith("\\/")) {
            return true;
        }
        return WebAddresses.scheme(u).filter(scheme -> !LOCAL_SCHEMES.contains(scheme)).isPresent();
    }

    private static final CSSErrorHandler QUIET = new CSSErrorHandler() {
        @Override
        public void warning(CSSParseException exception) throws CSSException {
        }

        @Override
        public void error(CSSParseException exception) throws CSSException {
        }

        @Override
        public void fatalError(CSSParseException exception) throws CSSException {
        }
    };
}
