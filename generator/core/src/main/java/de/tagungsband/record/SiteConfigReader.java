package de.tagungsband.record;

import de.tagungsband.i18n.Text;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.source.SourceFile;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code site.yaml}. */
final class SiteConfigReader {

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Set<String> FIELDS = Set.of("title", "base_url", "language", "publisher", "print_contact",
            "licence", "description", "allow_raw_html", "paper", "right_hand_chapters", "imprint", "privacy",
            "accessibility", "split_lists_above", "logo", "colours", "print", "publish", "event_kind",
            "funding_notice", "printer", "session_kinds", "html_attachments");

    private SiteConfigReader() {
    }

    static SiteConfig read(Optional<SourceFile> file, Path contentRoot, Diagnostics diagnostics) {
        Optional<YamlFields> parsed = file.flatMap(f -> YamlDocument.parseMapping(f.text(), f.path(), 1, diagnostics));
        if (parsed.isEmpty()) {
            return new SiteConfig("Archiv", "https://example.org/", "de", "", Optional.empty(), Optional.empty(),
                    Optional.empty(), false, Paper.A4, true, LegalInfo.EMPTY, SiteConfig.SPLIT_LISTS_ABOVE,
                    Identity.DEFAULT, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    java.util.List.of(), false);
        }
        YamlFields yaml = parsed.get();
        yaml.rejectUnknown(FIELDS);
        String title = yaml.requiredString("title", "\"Dokumentationen unserer Veranstaltungen\"");
        String baseUrl = yaml.requiredString("base_url", "\"https://doku.example.org/\"");
        if (!baseUrl.isEmpty() && !baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
            yaml.diagnostics().error(yaml.file(), yaml.lineOf("base_url"), Text.of("yaml.url", baseUrl),
                    Text.of("site.baseUrl.fix"));
        }
        String language = yaml.string("language").orElse("de");
        if (!SiteConfig.LANGUAGES.contains(language)) {
            yaml.diagnostics().error(yaml.file(), yaml.lineOf("language"), Text.of("site.language", language),
                    Text.of("site.language.fix"));
            language = "de";
        }
        String publisher = yaml.requiredString("publisher", "\"Landesfachstelle …\"");
        Optional<String> contact = yaml.string("print_contact");
        contact.filter(c -> !EMAIL.matcher(c).matches()).ifPresent(c -> yaml.diagnostics().error(yaml.file(),
                yaml.lineOf("print_contact"), Text.of("yaml.email", c), Text.of("print.contact.fix")));
        return new SiteConfig(title, baseUrl.endsWith("/") ? baseUrl : baseUrl + "/", language, publisher, contact,
                yaml.string("licence"), yaml.string("description"), yaml.bool("allow_raw_html", false), paper(yaml),
                yaml.bool("right_hand_chapters", true), LegalInfoReader.read(yaml, publisher), splitListsAbove(yaml),
                IdentityReader.read(yaml, contentRoot), PrintSettingsReader.read(yaml), yaml.string("event_kind"),
                FundingNotice.read(yaml, contentRoot, Path.of("")), yaml.string("printer"), SessionKindDefinition.read(yaml),
                yaml.bool("html_attachments", false));
    }

    private static int splitListsAbove(YamlFields yaml) {
        int value = yaml.integer("split_lists_above").orElse(SiteConfig.SPLIT_LISTS_ABOVE);
        if (value < 1) {
            yaml.diagnostics().error(yaml.file(), yaml.lineOf("split_lists_above"), Text.of("site.splitLists"),
                    Text.of("site.splitLists.fix", SiteConfig.SPLIT_LISTS_ABOVE));
            return SiteConfig.SPLIT_LISTS_ABOVE;
        }
        return value;
    }

    private static Paper paper(YamlFields yaml) {
        String value = yaml.string("paper").orElse("a4");
        for (Paper paper : Paper.values()) {
            if (paper.yamlName().equals(value)) {
                return paper;
            }
        }
        yaml.diagnostics().error(yaml.file(), yaml.lineOf("paper"), Text.of("site.paper", value),
                Text.of("site.paper.fix"));
        return Paper.A4;
    }
}
