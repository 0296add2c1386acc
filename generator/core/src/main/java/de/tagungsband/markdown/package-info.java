/**
 * Stage 4, Markdown: record bodies parsed with one shared Flexmark parser per language, links between records
 * and images resolved against the model, rendered to HTML fragments and cleaned with a Jsoup safelist.
 */
package de.tagungsband.markdown;
