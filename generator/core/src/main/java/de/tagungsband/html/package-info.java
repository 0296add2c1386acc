/**
 * Stage 6, HTML: pages rendered with FreeMarker (HTML auto-escaping on, templates parsed once and shared by the
 * worker threads), with what each page's head tells programs (Open Graph, JSON-LD, Scholar tags); and the last
 * check before anything is written, that no page or stylesheet loads anything from another host.
 */
package de.tagungsband.html;
