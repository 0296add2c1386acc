/** Stage 1, read files: the content folder's files as decoded text, with front matter split off. */
package de.tagungsband.source;
