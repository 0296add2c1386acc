/**
 * Stage 2, records: YAML front matter read into typed records, with the line of every value kept for
 * diagnostics. Records are not yet checked against each other (that is the model stage).
 */
package de.tagungsband.record;
