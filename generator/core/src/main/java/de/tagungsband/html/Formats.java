package de.tagungsband.html;

import de.tagungsband.record.EventRecord;
import de.tagungsband.model.RelativeUrls;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Helpers the templates call as {@code fmt.…}: dates in the archive's language, relative links from the page
 * being rendered, and mailto links. One instance per page (it knows the page's path).
 */
public final class Formats {

    private final String pagePath;
    private final String absoluteBase;
    private final Locale locale;
    private final DateTimeFormatter longDate;
    private final UnaryOperator<String> headingHyphens;

    /**
     * @param absoluteBase when not null, links are written absolute from this path (for the 404 page, which the
     *                     web server shows at any address, so relative links would break)
     */
    Formats(String pagePath, Locale locale, String absoluteBase, UnaryOperator<String> headingHyphens) {
        this.pagePath = pagePath;
        this.headingHyphens = headingHyphens;
        this.absoluteBase = absoluteBase;
        this.locale = locale;
        this.longDate = locale.getLanguage().equals("de")
                ? DateTimeFormatter.ofPattern("d. MMMM yyyy", locale)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    /** A heading with soft hyphens in its long words, so that a phone breaks them with a hyphen (German). */
    public String hyphenate(String heading) {
        return headingHyphens.apply(heading);
    }

    /** Dates, numbers and sizes outside any page (the EPUB, the offprints). */
    public static Formats forText(Locale locale) {
        return new Formats("", locale, null, UnaryOperator.identity());
    }

    /** The relative URL from the current page to a page or file path below the site root. */
    public String url(String sitePath) {
        if (absoluteBase != null) {
            return absoluteBase + RelativeUrls.encodedPath(sitePath);
        }
        return RelativeUrls.between(pagePath, sitePath);
    }

    public String date(LocalDate date) {
        return longDate.format(date);
    }

    /** A day of an event's programme with its weekday: "Donnerstag, 26. September 2019". */
    public String day(LocalDate date) {
        return locale.getLanguage().equals("de") ? DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", locale).format(date)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
    }

    /** ISO date for {@code <time datetime>}. */
    public String iso(LocalDate date) {
        return date.toString();
    }

    /** "18. November 2021", or "26.–27. September 2019" for events of several days. */
    public String dates(EventRecord event) {
        LocalDate start = event.start();
        LocalDate end = event.end();
        if (start.equals(end)) {
            return date(start);
        }
        if (!locale.getLanguage().equals("de")) {
            return date(start) + " – " + date(end);
        }
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            return start.getDayOfMonth() + ".–" + date(end);
        }
        if (start.getYear() == end.getYear()) {
            return DateTimeFormatter.ofPattern("d. MMMM", locale).format(start) + " – " + date(end);
        }
        return date(start) + " – " + date(end);
    }

    /** A file size for readers: "850 kB", "2,3 MB" (decimal units, the archive's number format). */
    public String bytes(long size) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        if (size < 1_000_000) {
            return number.format(Math.max(1, Math.round(size / 1000.0))) + " kB";
        }
        return number.format(size / 1_000_000.0) + " MB";
    }

    /** A mailto URL with subject (and optional body) percent-encoded as RFC 6068 wants (spaces as %20). */
    public String mailto(String address, String subject, String body) {
        StringBuilder url = new StringBuilder("mailto:").append(address).append("?subject=").append(encode(subject));
        if (body != null && !body.isEmpty()) {
            url.append("&body=").append(encode(body));
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
