package de.tagungsband.syndication;

import de.tagungsband.model.SitePaths;
import de.tagungsband.record.SiteConfig;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code sitemap.xml} with every page's canonical address, and {@code robots.txt} pointing to it. */
public final class Sitemap {

    private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Sitemap() {
    }

    /** @param pagePaths every page path; the 404 page is left out */
    public static byte[] write(SiteConfig site, List<String> pagePaths) {
        return Xml.document(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAPS);
            for (String path : pagePaths.stream().filter(p -> !p.equals(SitePaths.NOT_FOUND)).sorted().toList()) {
                xml.writeStartElement("url");
                xml.writeStartElement("loc");
                xml.writeCharacters(site.baseUrl() + path);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** Crawlers read robots.txt only at the root of a host; below a path it does no harm. */
    public static byte[] robots(SiteConfig site) {
        return ("User-agent: *\nAllow: /\n\nSitemap: " + site.baseUrl() + SitePaths.SITEMAP + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
