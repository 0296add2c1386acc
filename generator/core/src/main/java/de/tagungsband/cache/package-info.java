/**
 * What a build remembers for the next one: fingerprints of pages, volumes and written files, and the rendered
 * Markdown of records by content; the preview's memory also the files read, the records parsed, their fingerprints
 * and the search index's entries and files. A later build skips whatever an unchanged fingerprint says is already there.
 */
package de.tagungsband.cache;
