/** Mistakes in the content as {@code path:line: message. Fix: hint}, collected from all stages. */
package de.tagungsband.diagnostic;
