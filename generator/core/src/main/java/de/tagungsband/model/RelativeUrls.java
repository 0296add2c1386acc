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
            url.append(dest[i]);
            if (i < dest.length - 1) {
                url.append('/');
            }
        }
        return url + fragment;
    }
}
