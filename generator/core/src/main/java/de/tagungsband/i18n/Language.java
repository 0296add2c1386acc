package de.tagungsband.i18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language a run of tagungsband speaks: {@code --lang} when given, else the archive's own ({@code language:}
 * in {@code site.yaml}: its editors write in it), else the environment's ({@code LANG}, {@code LC_ALL},
 * {@code LC_MESSAGES} naming en… or de…), else German.
 */
public final class Language {

    private static final Pattern SITE_LANGUAGE = Pattern.compile("(?m)^language:\\s*[\"']?([A-Za-z]{2})\\b");

    private Language() {
    }

    public static Texts choose(String option, Path content, Map<String, String> environment) {
        return Texts.of(code(option, content, environment));
    }

    static String code(String option, Path content, Map<String, String> environment) {
        Optional<String> given = known(option);
        if (given.isPresent()) {
            return given.get();
        }
        Optional<String> site = content == null ? Optional.empty() : ofSite(content.resolve("site.yaml"));
        if (site.isPresent()) {
            return site.get();
        }
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            Optional<String> env = known(environment.get(name));
            if (env.isPresent()) {
                return env.get();
            }
        }
        return "de";
    }

    /** {@code language:} of a site.yaml, read before the build reads it properly (the messages of the build need it). */
    private static Optional<String> ofSite(Path siteYaml) {
        try {
            if (!Files.isRegularFile(siteYaml) || Files.size(siteYaml) > 1_000_000) {
                return Optional.empty();
            }
            Matcher matcher = SITE_LANGUAGE.matcher(Files.readString(siteYaml, StandardCharsets.UTF_8));
            return matcher.find() ? known(matcher.group(1)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> known(String value) {
        if (value == null || value.length() < 2) {
            return Optional.empty();
        }
        String code = value.substring(0, 2).toLowerCase(Locale.ROOT);
        return Texts.LANGUAGES.contains(code) ? Optional.of(code) : Optional.empty();
    }
}
