package de.tagungsband.model;

/**
 * Links between pages as relative URLs, so the site works below any path and when opened from disk. Links to a
 * page name its {@code index.html} explicitly: a browser showing {@code file://} does not add it.
 */
public final class RelativeUrls {

    private RelativeUrls() {
    }

    /**
     * @param fromPage the page path of the page that holds the link (a folder ending in '/', or a file such as 404.html)
     * @param to a page path or a file path below the site root, optionally with '#fragment'
     */
    public static String between(String fromPage, String to) {
        String fragment = "";
        int hash = to.indexOf('#');
        if (hash >= 0) {
            fragment = to.substring(hash);
            to = to.substring(0, hash);
        }
        String target = SitePaths.file(to);
        String fromDir = fromPage.endsWith("/") || fromPage.isEmpty() ? fromPage
                : fromPage.substring(0, fromPage.lastIndexOf('/') + 1);
        String[] from = fromDir.isEmpty() ? new String[0] : fromDir.split("/");
        String[] dest = target.split("/");
        int common = 0;
        while (common < from.length && common < dest.length - 1 && from[common].equals(dest[common])) {
            common++;
        }
        StringBuilder url = new StringBuilder();
        url.append("../".repeat(from.length - common));
        for (int i = common; i < dest.length; i++) {
            url.append(encoded(dest[i]));
            if (i < dest.length - 1) {
                url.append('/');
            }
        }
        return url + fragment;
    }

    /** A site path with each segment {@link #encoded}; a {@code #fragment} stays as it is. */
    public static String encodedPath(String sitePath) {
        int hash = sitePath.indexOf('#');
        String path = hash < 0 ? sitePath : sitePath.substring(0, hash);
        return String.join("/", java.util.Arrays.stream(path.split("/", -1)).map(RelativeUrls::encoded).toList())
                + (hash < 0 ? "" : sitePath.substring(hash));
    }

    /**
     * A path segment percent-encoded: letters, digits and {@code -._~!$&'()*+,;=@} stay, everything else (also
     * {@code :}, so that a file named {@code javascript:alert(1)} is never read as a scheme, and {@code %}, {@code ?},
     * {@code #}, spaces and non-ASCII letters) is written as UTF-8 bytes {@code %XX}.
     */
    public static String encoded(String segment) {
        StringBuilder out = new StringBuilder(segment.length());
        for (byte b : segment.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=@".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }
}
