/**
 * tagungsband's core: {@link de.tagungsband.Tagungsband} is the one entry point. The stages live in their own
 * packages, in pipeline order: source, record, model, markdown, page, html, publish.
 */
package de.tagungsband;
