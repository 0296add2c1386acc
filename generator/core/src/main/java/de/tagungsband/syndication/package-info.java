/**
 * What the archive offers to feed readers and search engines besides its pages: the Atom feed of sessions
 * ({@code feed.xml}), {@code sitemap.xml} and {@code robots.txt}. Written with the JDK's StAX writer, which
 * escapes every text and attribute; dated only by the events, so an unchanged archive gives unchanged files.
 */
package de.tagungsband.syndication;
