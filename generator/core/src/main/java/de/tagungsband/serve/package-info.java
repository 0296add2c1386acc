/**
 * The preview server behind {@code tagungsband serve}: builds the archive with drafts into a preview folder,
 * serves that folder on the loopback address (JDK HTTP server), watches content and templates, rebuilds on a
 * change and tells open pages to reload (Server-Sent Events from a script that only this server injects). It
 * calls the same core API as {@code build}; nothing of the preview is ever written into a published site.
 */
package de.tagungsband.serve;
