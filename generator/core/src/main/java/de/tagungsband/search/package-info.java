/**
 * The full-text search index, built with the pages: every session, input page and event as a document, its
 * words folded and stemmed (Lucene's German light stemmer; each distinct word once per build, in
 * {@link de.tagungsband.search.Vocabulary}) into an inverted index, written as many small scripts
 * ({@link de.tagungsband.search.SearchIndexScript}) that the search page loads only as a query needs them, so
 * that the search works without a server, from disk, and in large archives. The browser only folds the query
 * with the same rules ({@link de.tagungsband.search.WordFolding}) and looks the words up in their shards.
 */
package de.tagungsband.search;
