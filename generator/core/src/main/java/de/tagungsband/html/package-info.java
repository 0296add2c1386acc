/**
 * Stage 6, HTML: pages rendered with FreeMarker (HTML auto-escaping on, templates parsed once and shared by the
 * worker threads).
 */
package de.tagungsband.html;
