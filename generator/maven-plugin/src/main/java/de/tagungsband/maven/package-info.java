/**
 * The Maven goals {@code build}, {@code check}, {@code serve} and {@code new}: each checks {@code skip}, calls the
 * core API and turns its outcome into Maven's terms (content errors fail the build, wrong settings are errors of
 * the execution). No build, watch or serve logic lives here.
 */
package de.tagungsband.maven;
