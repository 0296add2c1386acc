/**
 * What a build remembers for the next one: fingerprints of pages, volumes and written files, and the rendered
 * Markdown of records by content. A later build skips whatever an unchanged fingerprint says is already there.
 */
package de.tagungsband.cache;
