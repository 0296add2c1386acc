/**
 * Stage 4, Markdown: record bodies parsed with one shared Flexmark parser per language, links between records
 * and images resolved against the model, rendered to HTML fragments straight from the AST ({@code HtmlFromAst});
 * a body with raw HTML, attributes in braces or unusual addresses is then cleaned with a Jsoup safelist
 * ({@code HtmlCleaner}).
 */
package de.tagungsband.markdown;
