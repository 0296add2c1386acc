package de.tagungsband.record;

import java.util.Optional;

/**
 * A funding notice (Förderhinweis) that public funders require: in every page's footer and in the volume's
 * imprint. {@code funding_notice:} in site.yaml, and the same key in an event.md for that event's pages and volume.
 */
public record FundingNotice(String text) {

    /** {@code funding_notice: "…"} or {@code funding_notice: {text: "…"}}. */
    static Optional<FundingNotice> read(YamlFields yaml) {
        if (!yaml.isMapping("funding_notice")) {
            return yaml.string("funding_notice").map(FundingNotice::new);
        }
        return yaml.mapping("funding_notice", "text: \"Diese Maßnahme wird mitfinanziert …\"").map(fields -> {
            fields.rejectUnknown(java.util.Set.of("text"));
            return new FundingNotice(fields.requiredString("text",
                    "\"Diese Maßnahme wird mitfinanziert mit Steuermitteln …\""));
        });
    }
}
