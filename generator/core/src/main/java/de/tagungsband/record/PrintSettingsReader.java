package de.tagungsband.record;

import de.tagungsband.i18n.Text;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code print:} group of {@code site.yaml}. */
final class PrintSettingsReader {

    private static final Set<String> FIELDS = Set.of("bleed", "crop_marks", "paper_thickness", "output_profile",
            "output_condition");
    private static final String EXAMPLE = "print:  (darunter eingerückt)  bleed: 3  crop_marks: true  "
            + "paper_thickness: 0.1  output_profile: druck/ISOcoated_v2_300_eci.icc";

    private PrintSettingsReader() {
    }

    static Optional<PrintSettings> read(YamlFields site) {
        Optional<YamlFields> group = site.mapping("print", EXAMPLE);
        if (group.isEmpty()) {
            return Optional.empty();
        }
        YamlFields print = group.get();
        print.rejectUnknown(FIELDS);
        double bleed = millimetres(print, "bleed", PrintSettings.DEFAULT_BLEED_MM, 0, 10);
        double thickness = millimetres(print, "paper_thickness", PrintSettings.DEFAULT_PAPER_THICKNESS_MM, 0.01, 1);
        Optional<Path> profile = print.string("output_profile").flatMap(text -> profilePath(print, text));
        return Optional.of(new PrintSettings(bleed, print.bool("crop_marks", true), thickness, profile,
                print.string("output_condition"), site.lineOf("print")));
    }

    /** A number of millimetres; a decimal comma is read as a point (0,1 as 0.1). */
    private static double millimetres(YamlFields print, String key, double otherwise, double least, double most) {
        Optional<String> text = print.string(key);
        if (text.isEmpty()) {
            return otherwise;
        }
        try {
            double value = Double.parseDouble(text.get().replace(',', '.').replaceAll("\\s*mm$", ""));
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        print.diagnostics().error(print.file(), print.lineOf(key), Text.of("print.mm", text.get(), key, least, most),
                Text.of("print.mm.fix", key, otherwise));
        return otherwise;
    }

    /** The profile's path as written, relative to the content folder; nothing outside it. */
    private static Optional<Path> profilePath(YamlFields print, String text) {
        try {
            Path path = Path.of(text.replace('\\', '/')).normalize();
            if (!path.isAbsolute() && !path.startsWith("..") && !path.toString().isEmpty()) {
                return Optional.of(path);
            }
        } catch (InvalidPathException e) {
            // reported below
        }
        print.diagnostics().error(print.file(), print.lineOf("output_profile"), Text.of("print.profilePath", text), Text.of("print.profilePath.fix"));
        return Optional.empty();
    }
}
