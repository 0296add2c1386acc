/** Slugs for clean URLs with German transliteration. */
package de.tagungsband.slug;
