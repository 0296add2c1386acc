/**
 * Content fingerprints: of bytes, of text, and of the data a page template reads ({@link
 * de.tagungsband.digest.ViewDigest}), so a build can tell what changed since the last one.
 */
package de.tagungsband.digest;
