/**
 * Words in two languages: the archive's UI text from the templates' message bundles ({@link Messages}), and what
 * tagungsband itself says on the command line and in diagnostics ({@link Texts}, {@link Text}, {@link Language}).
 */
package de.tagungsband.i18n;
