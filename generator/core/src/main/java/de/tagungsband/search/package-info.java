/**
 * The full-text search index, built with the pages: every session, input page and event as a document, its
 * words folded and stemmed (Lucene's German light stemmer) into an inverted index that the search page
 * loads as a script, so that the search works without a server and from disk. The browser only folds the
 * query with the same rules ({@link de.tagungsband.search.WordFolding}) and looks the words up.
 */
package de.tagungsband.search;
