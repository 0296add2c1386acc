package de.tagungsband.record;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as German editors write and read them. Front matter wants {@code 2024-03-12} (one way, sortable, the same in
 * every language); a date written the German way ({@code 12.03.2024}, {@code 12. März 2024}) is understood to say in
 * the message which date to write instead.
 */
public final class GermanDates {

    private static final List<String> MONTHS = List.of("januar", "februar", "märz", "april", "mai", "juni", "juli",
            "august", "september", "oktober", "november", "dezember");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\.\\s*(\\d{1,2})\\.\\s*(\\d{4})");
    private static final Pattern NAMED = Pattern.compile("(\\d{1,2})\\.?\\s*(\\p{L}+)\\.?\\s+(\\d{4})");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN);

    private GermanDates() {
    }

    /** The date a German way of writing it means: "12.3.2024", "12. März 2024", "12. Mär. 2024", "12. Maerz 2024". */
    public static Optional<LocalDate> meant(String written) {
        String text = written.strip().toLowerCase(Locale.GERMAN);
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.matches()) {
            return date(numeric.group(3), Integer.parseInt(numeric.group(2)), numeric.group(1));
        }
        Matcher named = NAMED.matcher(text);
        if (named.matches()) {
            String month = named.group(2).replace("ae", "ä");
            for (int i = 0; i < MONTHS.size(); i++) {
                if (MONTHS.get(i).equals(month) || month.length() >= 3 && MONTHS.get(i).startsWith(month)) {
                    return date(named.group(3), i + 1, named.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /** "12. März 2024", as German readers read a date. */
    public static String shown(LocalDate date) {
        return SHOWN.format(date);
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
