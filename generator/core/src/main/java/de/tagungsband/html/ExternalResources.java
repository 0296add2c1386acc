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

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds everything a page or stylesheet would load from another host: scripts, stylesheets, icons, preloads,
 * images (also in {@code srcset}), frames, media, and {@code url()} and {@code @import} in CSS. Links a reader
 * follows ({@code <a href>}) are not loads and are allowed.
 */
public final class ExternalResources {

    private static final Set<String> LOCAL_SCHEMES = Set.of("data", "blob", "about");

    private ExternalResources() {
    }

    /** A loaded address that points to another host, and what loads it ("img src", "CSS url()", …). */
    public record Load(String url, String how) {
    }

    /**
     * Every load of a page, found in one walk over its elements ({@link HtmlLoads}); documents inside the page
     * ({@code <iframe srcdoc>}, {@code data:} documents in frames and objects) are read as pages too.
     */
    public static List<Load> inHtml(String html) {
        return HtmlLoads.of(html);
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

    static void add(List<Load> loads, String url, String how) {
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
