/** The UI text of the archive, from the message bundles in the templates folder. */
package de.tagungsband.i18n;
