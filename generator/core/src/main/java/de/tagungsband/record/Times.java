package de.tagungsband.record;

import de.tagungsband.i18n.Text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times of the programme: "13:30", "13:30–15:30" (also 13.30, a hyphen for the dash, "Uhr" after it). */
public final class Times {

    private static final Pattern TIME = Pattern.compile(
            "([01]?\\d|2[0-3])[:.]([0-5]\\d)(?:\\s*[–-]\\s*([01]?\\d|2[0-3])[:.]([0-5]\\d))?(?:\\s*Uhr)?");

    private Times() {
    }

    /** Minutes after midnight of the start of a time as written; empty when it is none. */
    public static Optional<Integer> startMinutes(String time) {
        Matcher m = TIME.matcher(time.strip());
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)))
                : Optional.empty();
    }

    /** The field {@code key} as a time, reported at its line when it is not one. */
    static Optional<String> read(YamlFields fields, String key) {
        Optional<String> time = fields.string(key);
        if (time.isPresent() && startMinutes(time.get()).isEmpty()) {
            fields.diagnostics().error(fields.file(), fields.lineOf(key), Text.of("programme.notATime", time.get()),
                    Text.of("programme.notATime.fix", key));
            return Optional.empty();
        }
        return time.map(Times::normalised);
    }

    /** "13.30-15.30" as "13:30–15:30". */
    private static String normalised(String time) {
        Matcher m = TIME.matcher(time.strip());
        m.matches();
        String start = m.group(1) + ":" + m.group(2);
        return m.group(3) == null ? start : start + "–" + m.group(3) + ":" + m.group(4);
    }
}
