package de.tagungsband.html;

import de.tagungsband.markdown.BodyHtml;
import de.tagungsband.record.MarkdownBody;
import de.tagungsband.source.SourceFile;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Shows model records to templates: record components as properties ({@code session.title}), an empty
 * {@link Optional} as a missing value ({@code event.subtitle??}) and a present one as its content. The raw text of
 * records (source files, Markdown bodies) is not shown: templates get bodies rendered, from the page's view, and
 * the fingerprint of a page ({@link de.tagungsband.digest.ViewDigest}) leaves raw text out for that reason.
 */
final class TemplateWrapper extends DefaultObjectWrapper {

    TemplateWrapper(Version version) {
        super(version);
    }

    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
        if (value instanceof Optional<?> optional) {
            return optional.isPresent() ? super.wrap(optional.get()) : null;
        }
        if (value instanceof SourceFile || value instanceof MarkdownBody) {
            throw new TemplateModelException("templates read rendered bodies from the page's view (view.bodyHtml), "
                    + "not the raw text of records");
        }
        if (value instanceof Path path) {
            return super.wrap(path.toString().replace('\\', '/'));
        }
        if (value instanceof BodyHtml html) {
            return super.wrap(html.toString());
        }
        return super.wrap(value);
    }
}
