/**
 * Citations: each session, input and event volume as a {@link de.tagungsband.citation.CitableWork}, written as
 * BibTeX, RIS and CSL-JSON files beside its page (each escaped for its format); the citation suggestion on the
 * page is rendered by the templates from the same work.
 */
package de.tagungsband.citation;
