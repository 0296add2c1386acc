/**
 * The command line: parses arguments with picocli and calls the core API; no build logic here.
 */
package de.tagungsband.cli;
