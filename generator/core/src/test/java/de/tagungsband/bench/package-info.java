/**
 * The proceedings benchmark's helpers (run by {@code bench/proceedings.sh}, never by the tests): generated
 * content for a volume of about 300 pages, and the print HTML of a volume for other engines.
 */
package de.tagungsband.bench;
