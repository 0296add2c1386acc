/**
 * Stage 5, pages: the model and the rendered bodies turned into the list of pages to write, each with the
 * typed view its template reads. Pure: the same model gives the same pages.
 */
package de.tagungsband.page;
