package de.tagungsband.record;

import de.tagungsband.model.SitePaths;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * A funding notice (Förderhinweis) that public funders require: in every page's footer and in the volume's
 * imprint. {@code funding_notice:} in site.yaml, and the same key in an event.md for that event's pages and volume.
 *
 * @param logo    the funder's logo (SVG or PNG), beside the text
 * @param logoAlt what the logo says, for readers who cannot see it ("Freistaat Sachsen"); empty: the text says it all
 */
public record FundingNotice(String text, Optional<Identity.Logo> logo, Optional<String> logoAlt) {

    /** Where funding logos are published: below this folder, under their path in the content folder. */
    static final String LOGO_FOLDER = SitePaths.ASSETS + "foerderung/";
    private static final String EXAMPLE = "text: \"Diese Maßnahme wird mitfinanziert …\"";

    /**
     * {@code funding_notice: "…"} or {@code funding_notice: {text: "…", logo: images/foerderung.png, logo_alt: "…"}}.
     *
     * @param relativeTo the folder the logo's path starts from, below the content folder (site.yaml: the content
     *                   folder itself, an event.md: its event folder)
     */
    static Optional<FundingNotice> read(YamlFields yaml, Path contentRoot, Path relativeTo) {
        if (!yaml.isMapping("funding_notice")) {
            return yaml.string("funding_notice").map(text -> new FundingNotice(text, Optional.empty(), Optional.empty()));
        }
        return yaml.mapping("funding_notice", EXAMPLE).map(fields -> {
            fields.rejectUnknown(Set.of("text", "logo", "logo_alt"));
            String text = fields.requiredString("text", "\"Diese Maßnahme wird mitfinanziert mit Steuermitteln …\"");
            Optional<Identity.Logo> logo = fields.string("logo").flatMap(path -> IdentityReader.image(fields, "logo",
                    contentRoot, relativeTo, path, LOGO_FOLDER, true));
            return new FundingNotice(text, logo, fields.string("logo_alt"));
        });
    }
}
