package de.tagungsband.html;

import de.tagungsband.i18n.Messages;
import de.tagungsband.page.Page;
import de.tagungsband.pdf.Hyphenation;
import de.tagungsband.record.SiteConfig;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;

import de.tagungsband.model.SitePaths;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.UnaryOperator;

/**
 * Renders pages with the FreeMarker templates of a templates folder. Built once per build; {@link #render} is
 * safe to call from many threads (FreeMarker's configuration and parsed templates are shared read-only).
 */
public final class PageRenderer {

    private static final Version VERSION = Configuration.VERSION_2_3_34;
    private final Configuration configuration;
    private final SiteConfig site;
    private final Messages messages;
    private final UnaryOperator<String> headingHyphens;

    public PageRenderer(Path templatesDir, SiteConfig site, Messages messages) {
        this.site = site;
        this.messages = messages;
        this.headingHyphens = Hyphenation.forHeadings(messages.language());
        this.configuration = new Configuration(VERSION);
        try {
            configuration.setDirectoryForTemplateLoading(templatesDir.toFile());
        } catch (IOException e) {
            throw new TemplateFailure("cannot open the templates folder " + templatesDir + ": " + e.getMessage(), e);
        }
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setObjectWrapper(new TemplateWrapper(VERSION));
        configuration.setLocale(messages.locale());
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        // a renderer lives for one build: no looking for session_de_DE.ftlh and the like, no checking for newer files
        configuration.setLocalizedLookup(false);
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    }

    public byte[] render(Page page) {
        Map<String, Object> root = new HashMap<>();
        root.put("site", site);
        root.put("msg", messages.asMap());
        root.put("lang", messages.language());
        root.put("page", page);
        root.put("view", page.view());
        String absoluteBase = page.path().equals(SitePaths.NOT_FOUND) ? URI.create(site.baseUrl()).getPath() : null;
        root.put("fmt", new Formats(page.path(), messages.locale(), absoluteBase, headingHyphens));
        String canonical = site.baseUrl() + page.path();
        root.put("canonical", canonical);
        root.put("head", HeadMetadata.of(page, site, canonical));
        try {
            Template template = configuration.getTemplate(page.template());
            StringWriter out = new StringWriter(16 * 1024);
            template.process(root, out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (TemplateException | IOException e) {
            throw new TemplateFailure("template " + page.template() + " failed for page /" + page.path() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Renders a template that is not a page of the site (the print HTML of a proceedings volume) with the same
     * configuration, messages and helpers; {@code data} adds the template's own variables.
     *
     * @param pagePath the page that relative links would start from
     */
    public String renderPrint(String template, String pagePath, Map<String, Object> data) {
        Map<String, Object> root = new HashMap<>(data);
        root.put("site", site);
        root.put("msg", messages.asMap());
        root.put("lang", messages.language());
        root.put("fmt", new Formats(pagePath, messages.locale(), null, headingHyphens));
        try {
            StringWriter out = new StringWriter(256 * 1024);
            configuration.getTemplate(template).process(root, out);
            return out.toString();
        } catch (TemplateException | IOException e) {
            throw new TemplateFailure("template " + template + " failed: " + e.getMessage(), e);
        }
    }

    /** A template is broken or missing: a mistake in templates/, not in the content. */
    public static final class TemplateFailure extends RuntimeException {
        public TemplateFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
