/**
 * Stage 7, publish: the site is written into a staging folder beside the output folder and swapped in only when
 * the whole build succeeded. Unchanged files are hard-linked from the previous output, so their bytes and
 * timestamps stay as they were and uploads move only what changed.
 */
package de.tagungsband.publish;
