package de.tagungsband.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the legal pages say, from {@code site.yaml}: the Impressum (§ 5 DDG, § 18 Abs. 2 MStV), the
 * Datenschutzerklärung and the Erklärung zur Barrierefreiheit.
 */
public record LegalInfo(Imprint imprint, Privacy privacy, Accessibility accessibility) {

    /** For an archive whose site.yaml could not be read. */
    public static final LegalInfo EMPTY = new LegalInfo(
            new Imprint("", List.of(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                    List.of()),
            new Privacy(List.of(), List.of(), List.of(), 7),
            new Accessibility("partial", List.of(), Optional.empty(), List.of(), Optional.empty(), Optional.empty()));

    /**
     * @param name the provider (Anbieter): name and legal form; defaults to the publisher
     * @param address postal address, one line per line
     * @param board who represents the provider (Vorstand, Geschäftsführung)
     * @param register register entry: court and number, e.g. "Vereinsregister Amtsgericht Dresden, VR 1234"
     * @param editorial who is responsible for the content (§ 18 Abs. 2 MStV), with address
     */
    public record Imprint(String name, List<String> address, Optional<String> email, Optional<String> phone,
                          List<String> board, Optional<String> register, Optional<String> vatId,
                          List<String> editorial) {

        /**
         * The town of the address (after the postcode on its last line), where a printed publication says it
         * appeared: "01099 Dresden" gives "Dresden".
         */
        public Optional<String> town() {
            if (address.isEmpty()) {
                return Optional.empty();
            }
            String last = address.get(address.size() - 1);
            String town = last.substring(last.lastIndexOf(',') + 1).strip().replaceFirst("^(D-)?\\d{4,5}\\s+", "").strip();
            return town.isEmpty() ? Optional.empty() : Optional.of(town);
        }
    }

    /**
     * @param hosting who runs the web server that serves the archive (name and address)
     * @param officer the data protection officer and how to reach them, if one is appointed
     * @param authority the supervisory authority readers may complain to
     * @param logDays how many days the web server keeps its access logs
     */
    public record Privacy(List<String> hosting, List<String> officer, List<String> authority, int logDays) {
    }

    /**
     * @param status how far the archive meets the rules: full, partial or none (BITV 2.0 / WCAG 2.1 AA)
     * @param knownIssues what is not yet accessible, one item each
     * @param feedback e-mail address for reports of barriers
     * @param conciliation the conciliation body (Schlichtungsstelle): name and address
     * @param conciliationUrl its web address
     * @param reviewed when the statement was last reviewed
     */
    public record Accessibility(String status, List<String> knownIssues, Optional<String> feedback,
                                List<String> conciliation, Optional<String> conciliationUrl,
                                Optional<LocalDate> reviewed) {
    }
}
