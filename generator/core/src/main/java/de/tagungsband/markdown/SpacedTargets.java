package de.tagungsband.markdown;

import de.tagungsband.source.ContentSources;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File names as editors make them: {@code ![Foto](images/Foto Übergabe März.png)} and the CommonMark form
 * {@code ![Foto](<images/Foto Übergabe März.png>)}. Markdown reads neither as an image (a plain destination ends at
 * the first space; Flexmark does not take the angle-bracket form with spaces). Before parsing, such a destination is
 * written as the address it means ({@code images/Foto%20Übergabe%20März.png}) when it names a file of the content
 * folder or reads as a file name ({@code .png}, {@code .pdf}, {@code .md} …: then the message names the missing file);
 * anything else stays as typed, so text in brackets followed by a remark in parentheses is never taken for a link, and links that run script are judged by {@link LinkRewriter} as before. Lines are kept, so every message
 * still names the line the editor wrote.
 */
final class SpacedTargets {

    /** A reference definition: {@code [foto]: images/Foto Übergabe.png "Titel"}. */
    private static final Pattern DEFINITION = Pattern.compile("^( {0,3}\\[[^\\]]+\\]:[ \\t]*)(.+)$");
    /** A link title after the destination: {@code "…"}, {@code '…'} or {@code (…)}. */
    private static final Pattern TITLE = Pattern.compile("[ \\t]+(\"[^\"]*\"|'[^']*'|\\([^)]*\\))[ \\t]*$");
    /** A destination that is meant as a file even where none is found: its message then names the file. */
    private static final Pattern FILE_LIKE = Pattern.compile(
            "[^:<>]+\\.(?i:png|jpe?g|gif|svg|webp|pdf|docx?|xlsx?|pptx?|odt|ods|odp|md|txt|mp3|mp4|zip)(#.*)?");
    /** No file name is longer; bounds the work on a line full of brackets. */
    private static final int LONGEST = 400;

    private SpacedTargets() {
    }

    /**
     * @param file the record, relative to the content folder
     * @return {@code text} with spaced or angle-bracketed destinations of existing files written as addresses
     */
    static String encoded(String text, Path file, ContentSources sources) {
        if (text.indexOf("](") < 0 && text.indexOf("]:") < 0) {
            return text;
        }
        Path folder = file.getParent() == null ? Path.of("") : file.getParent();
        String[] lines = text.split("\n", -1);
        String fence = null;
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            String stripped = lines[i].stripLeading();
            if (fence != null) {
                fence = stripped.startsWith(fence) ? null : fence;
                continue;
            }
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fence = stripped.substring(0, 3);
                continue;
            }
            String line = inlineDestinations(lines[i], folder, sources);
            line = definition(line, folder, sources);
            changed |= !line.equals(lines[i]);
            lines[i] = line;
        }
        return changed ? String.join("\n", lines) : text;
    }

    private static String inlineDestinations(String line, Path folder, ContentSources sources) {
        StringBuilder out = null;
        int copied = 0;
        int at = line.indexOf("](");
        while (at >= 0) {
            int start = at + 2;
            int[] found = inCodeSpan(line, at) ? null : destination(line, start, folder, sources);
            if (found != null) {
                out = out == null ? new StringBuilder(line.length() + 16) : out;
                out.append(line, copied, start).append(address(line.substring(found[0], found[1])));
                copied = found[2];
            }
            at = line.indexOf("](", found != null ? found[2] : start);
        }
        return out == null ? line : out.append(line, copied, line.length()).toString();
    }

    /**
     * The destination that begins at {@code start}: {from, to, end of what it replaces}, or null when nothing there
     * names a content file that Markdown would miss.
     */
    private static int[] destination(String line, int start, Path folder, ContentSources sources) {
        if (line.startsWith("<", start)) {
            int close = line.indexOf('>', start);
            if (close < 0) {
                return null;
            }
            String target = line.substring(start + 1, close);
            if (!names(target, folder, sources) && !FILE_LIKE.matcher(target).matches()) {
                return null;
            }
            return new int[]{start + 1, close, close + 1};
        }
        for (int close = line.indexOf(')', start); close >= 0 && close - start <= LONGEST;
             close = line.indexOf(')', close + 1)) {
            String inside = line.substring(start, close);
            Matcher title = TITLE.matcher(inside);
            int to = title.find() ? start + title.start() : close;
            String target = line.substring(start, to);
            if (target.indexOf(' ') > 0 && names(target, folder, sources)) {
                return new int[]{start, to, to};
            }
        }
        // no such file: a destination that reads as a file name gets the message about the missing file
        int close = line.indexOf(')', start);
        if (close < 0) {
            return null;
        }
        Matcher title = TITLE.matcher(line.substring(start, close));
        int to = title.find() ? start + title.start() : close;
        String target = line.substring(start, to);
        return target.indexOf(' ') > 0 && FILE_LIKE.matcher(target).matches() ? new int[]{start, to, to} : null;
    }

    private static String definition(String line, Path folder, ContentSources sources) {
        Matcher definition = DEFINITION.matcher(line);
        if (!definition.matches()) {
            return line;
        }
        String rest = definition.group(2);
        Matcher title = TITLE.matcher(rest);
        String target = title.find() ? rest.substring(0, title.start()) : rest.stripTrailing();
        String suffix = rest.substring(target.length());
        boolean angled = target.startsWith("<") && target.endsWith(">");
        String bare = angled ? target.substring(1, target.length() - 1) : target;
        if ((angled || bare.indexOf(' ') > 0) && names(bare, folder, sources)) {
            return definition.group(1) + address(bare) + suffix;
        }
        return line;
    }

    /** Whether the written path, with an anchor after '#', names a file of the content folder. */
    private static boolean names(String written, Path folder, ContentSources sources) {
        int hash = written.indexOf('#');
        String path = hash < 0 ? written : written.substring(0, hash);
        if (path.isBlank() || path.indexOf(':') >= 0 || path.startsWith("/") || path.startsWith("\\")) {
            return false;
        }
        try {
            return sources.files().contains(folder.resolve(path).normalize());
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static String address(String target) {
        return target.replace(" ", "%20");
    }

    /** Whether {@code at} lies inside a code span: an odd number of backticks before it on the line. */
    private static boolean inCodeSpan(String line, int at) {
        int ticks = 0;
        for (int i = 0; i < at; i++) {
            if (line.charAt(i) == '`') {
                ticks++;
            }
        }
        return ticks % 2 == 1;
    }
}
