package de.tagungsband.record;

import java.util.Optional;

/**
 * The archive's settings from {@code site.yaml}.
 *
 * @param baseUrl absolute URL of the published archive, ending in {@code /}; used for canonical links only,
 *                never for links between pages (those are relative)
 * @param allowRawHtml keep raw HTML written in Markdown instead of removing what the safelist does not allow
 * @param paper the page size of the proceedings volumes
 * @param rightHandChapters every chapter of a proceedings volume starts on a right-hand (odd) page
 * @param legal what the Impressum, the Datenschutzerklärung and the Erklärung zur Barrierefreiheit say
 * @param identity the logo and brand colours
 * @param print the print shop's edition of the volumes, when site.yaml asks for it
 * @param splitListsAbove a list of sessions (all articles, a topic) longer than this gets a page per year, so that
 *                        no page grows with the archive: readers load a year, and a change rewrites one year's page
 * @param eventKind {@code event_kind}: what the archive's events are called when an event gives no {@code kind}
 *                  (empty: "Fachtag", with the format: "Online-Fachtag")
 * @param fundingNotice the Förderhinweis of every page's footer and every volume's imprint
 * @param printer who prints the volumes (name and town), for their imprint; an event.md may name its own
 * @param sessionKinds {@code session_kinds}: kinds of session the editors define, and new labels for built-in ones
 * @param htmlAttachments {@code html_attachments}: HTML files linked from records are published (their scripts
 *                        run with the archive's origin when a reader opens them); without it they are an error
 */
public record SiteConfig(String title, String baseUrl, String language, String publisher, Optional<String> printContact,
                         Optional<String> licence, Optional<String> description, boolean allowRawHtml, Paper paper,
                         boolean rightHandChapters, LegalInfo legal, int splitListsAbove,
                         Identity identity, Optional<PrintSettings> print, Optional<String> eventKind,
                         Optional<FundingNotice> fundingNotice, Optional<String> printer,
                         java.util.List<SessionKindDefinition> sessionKinds, boolean htmlAttachments) {

    public static final java.util.Set<String> LANGUAGES = java.util.Set.of("de", "en");
    /** About 80 KB of HTML per list page. */
    public static final int SPLIT_LISTS_ABOVE = 200;
}
