package de.tagungsband.page;

/**
 * One HTML page of the archive.
 *
 * @param path the page path below the site root ("2021/vom-ankommen-und-bleiben/"); its file is path + index.html
 * @param template the FreeMarker template, e.g. "session.ftlh"
 * @param title the page title without the archive's name
 * @param description a sentence for the page's meta description
 */
public record Page(String path, String template, String title, String description, PageView view) {
}
