package de.tagungsband.record;

import de.tagungsband.i18n.Text;
import de.tagungsband.model.SitePaths;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code logo:} and {@code colours:} of {@code site.yaml} and refuses, with the contrast found and a colour
 * that would do, brand colours on which text would fall below 4.5:1.
 */
final class IdentityReader {

    /** Where the logo is published: its own folder below the theme's assets. */
    static final String LOGO_FOLDER = SitePaths.ASSETS + "logo/";
    private static final Pattern SVG_SIZE = Pattern.compile(
            "<svg\\b[^>]*?\\bviewBox\\s*=\\s*[\"']\\s*[-\\d.]+[\\s,]+[-\\d.]+[\\s,]+([\\d.]+)[\\s,]+([\\d.]+)\\s*[\"']",
            Pattern.CASE_INSENSITIVE);
    private static final String COLOURS_EXAMPLE = "colours: { primary: \"#1d4f6e\", secondary: \"#e8f0f5\" }";

    private IdentityReader() {
    }

    static Identity read(YamlFields yaml, Path contentRoot) {
        Optional<Identity.Logo> logo = yaml.string("logo").flatMap(path -> image(yaml, "logo", contentRoot, Path.of(""),
                path, LOGO_FOLDER, false));
        Optional<YamlFields> colours = yaml.mapping("colours", COLOURS_EXAMPLE);
        if (colours.isEmpty()) {
            return new Identity(logo, Identity.DEFAULT.primary(), Identity.DEFAULT.secondary(), false);
        }
        YamlFields c = colours.get();
        c.rejectUnknown(java.util.Set.of("primary", "secondary"));
        Colour primary = colour(c, "primary", Identity.DEFAULT.primary());
        Colour secondary = colour(c, "secondary", Identity.DEFAULT.secondary());
        double onWhite = primary.contrast(Colour.WHITE);
        if (onWhite < Colour.AA) {
            c.diagnostics().error(c.file(), c.lineOf("primary"),
                    Text.of("identity.primary.contrast", primary.hex(), Colour.ratio(onWhite)[0], Colour.ratio(onWhite)[1]),
                    Text.of("identity.primary.fix", primary.untilContrast(Colour.BLACK, Colour.AA, Colour.WHITE).hex()));
        } else {
            double title = secondary.contrast(Identity.TEXT);
            double links = secondary.contrast(primary);
            if (Math.min(title, links) < Colour.AA) {
                c.diagnostics().error(c.file(), c.lineOf("secondary"),
                        Text.of("identity.secondary.contrast", secondary.hex(), Colour.ratio(title)[0], Colour.ratio(title)[1],
                                primary.hex(), Colour.ratio(links)[0], Colour.ratio(links)[1]),
                        Text.of("identity.secondary.fix", secondary.untilContrast(Colour.WHITE, Colour.AA, Identity.TEXT, primary).hex()));
            }
        }
        return new Identity(logo, primary, secondary, true);
    }

    private static Colour colour(YamlFields yaml, String key, Colour otherwise) {
        Optional<String> text = yaml.string(key);
        if (text.isEmpty()) {
            return otherwise;
        }
        Optional<Colour> colour = Colour.parse(text.get());
        if (colour.isEmpty()) {
            yaml.diagnostics().error(yaml.file(), yaml.lineOf(key), Text.of("identity.colour.invalid", text.get()),
                    Text.of("identity.colour.fix", key, otherwise.hex()));
        }
        return colour.orElse(otherwise);
    }

    /**
     * An SVG or PNG inside the content folder, written in {@code key} relative to {@code relativeTo} (a folder below
     * the content folder), published in {@code siteFolder}: under its file name, or with {@code keepPath} under its
     * path in the content folder (several events may each have a file of the same name).
     */
    static Optional<Identity.Logo> image(YamlFields yaml, String key, Path contentRoot, Path relativeTo, String given,
                                         String siteFolder, boolean keepPath) {
        int line = yaml.lineOf(key);
        String name = given.replace('\\', '/');
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".svg") || lower.endsWith(".png"))) {
            yaml.diagnostics().error(yaml.file(), line, Text.of("identity.logo.type", given), Text.of("identity.logo.type.fix"));
            return Optional.empty();
        }
        Path root = contentRoot.toAbsolutePath().normalize();
        Path file = root.resolve(relativeTo).resolve(name).normalize();
        if (name.startsWith("/") || !file.startsWith(root) || !Files.isRegularFile(file)) {
            yaml.diagnostics().error(yaml.file(), line, Text.of("identity.logo.missing", given), Text.of("identity.logo.missing.fix"));
            return Optional.empty();
        }
        Optional<int[]> size = lower.endsWith(".svg") ? svgSize(file) : pngSize(file);
        if (size.isEmpty()) {
            yaml.diagnostics().error(yaml.file(), line, Text.of("identity.logo.unreadable", given), Text.of("identity.logo.unreadable.fix"));
            return Optional.empty();
        }
        String contentPath = root.relativize(file).toString().replace('\\', '/');
        String sitePath = siteFolder + (keepPath ? contentPath : file.getFileName().toString());
        return Optional.of(new Identity.Logo(contentPath, sitePath, size.get()[0], size.get()[1]));
    }

    /** The viewBox's width and height (what would run or load in it is refused where all attachments are checked). */
    private static Optional<int[]> svgSize(Path file) {
        try {
            String svg = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = SVG_SIZE.matcher(svg);
            if (!m.find()) {
                return Optional.empty();
            }
            int w = (int) Math.round(Double.parseDouble(m.group(1)));
            int h = (int) Math.round(Double.parseDouble(m.group(2)));
            return w > 0 && h > 0 ? Optional.of(new int[] {w, h}) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<int[]> pngSize(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            return image == null ? Optional.empty() : Optional.of(new int[] {image.getWidth(), image.getHeight()});
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
