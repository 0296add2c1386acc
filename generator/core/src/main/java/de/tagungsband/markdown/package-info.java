/**
 * Stage 4, Markdown: record bodies parsed with one shared Flexmark parser per language, links between records
 * and images resolved against the model, rendered to HTML fragments: written straight from the AST for texts without
 * raw HTML ({@code DirectHtml}, {@code HtmlFromAst}), else by Flexmark's renderer and cleaned with a Jsoup safelist
 * ({@code HtmlCleaner}), both to the same bytes.
 */
package de.tagungsband.markdown;
