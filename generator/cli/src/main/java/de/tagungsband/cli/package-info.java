/**
 * The command line: parses arguments with picocli and calls the core API; no build logic here. A build server
 * ({@link de.tagungsband.cli.BuildServer}) runs the same builds for {@code build} in a process that stays.
 */
package de.tagungsband.cli;
