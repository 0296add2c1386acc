package de.tagungsband.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The same corpus in Hugo's layout, with templates equivalent to tagungsband's for the pages compared: home
 * (events by year), event list, session page, person pages and topic pages (Hugo taxonomies).
 */
final class HugoWriter {

    private final Path site;

    HugoWriter(Path site) throws IOException {
        this.site = site;
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("hugo.toml"), """
                baseURL = "https://bench.example.org/"
                languageCode = "de"
                title = "Benchmark-Archiv"
                disableKinds = ["RSS", "sitemap", "robotsTXT"]
                [taxonomies]
                  person = "personen"
                  topic = "themen"
                [markup.goldmark.extensions]
                  footnote = true
                  table = true
                  typographer = true
                """);
        layout("_default/baseof.html", """
                <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{{ .Title }} – {{ site.Title }}</title>
                <link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>
                <body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main>
                <footer>{{ site.Title }}</footer></body></html>
                """);
        layout("index.html", """
                {{ define "main" }}<h1>{{ site.Title }}</h1>
                {{ range (where site.Sections "Kind" "section").GroupByDate "2006" }}<section><h2>{{ .Key }}</h2>
                {{ range .Pages }}<article><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3><p>{{ .Date.Format "2.1.2006" }} · {{ len .Pages }} Beiträge</p></article>{{ end }}
                </section>{{ end }}{{ end }}
                """);
        layout("_default/list.html", """
                {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ol>{{ range .Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
                {{ with .Params.personen }}von {{ delimit . ", " }}{{ end }}</li>{{ end }}</ol>{{ end }}
                """);
        layout("_default/single.html", """
                {{ define "main" }}<article><h1>{{ .Title }}</h1>
                <p>von {{ range .GetTerms "personen" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
                {{ .Content }}
                <p>Themen: {{ range .GetTerms "themen" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
                <p><a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a></p>
                {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
                {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</article>{{ end }}
                """);
        layout("_default/taxonomy.html", """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
                """);
        layout("_default/term.html", """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ .Parent.Title }})</li>{{ end }}</ul>{{ end }}
                """);
        Files.createDirectories(site.resolve("static"));
        Files.writeString(site.resolve("static/style.css"), "body{font-family:sans-serif;max-width:60rem;margin:auto}\n");
    }

    private void layout(String name, String template) throws IOException {
        Path file = site.resolve("layouts").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, template);
    }

    void event(String folder, String title, LocalDate date) throws IOException {
        Path dir = Files.createDirectories(site.resolve("content").resolve(folder));
        Files.writeString(dir.resolve("_index.md"), "---\ntitle: " + CorpusGenerator.q(title) + "\ndate: " + date + "\n---\nEinleitung.\n");
    }

    void session(String folder, String slug, String title, LocalDate date, int order, List<String> persons,
                 List<String> topics, String body) throws IOException {
        String front = "---\ntitle: " + CorpusGenerator.q(title) + "\ndate: " + date + "\nweight: " + order
                + "\npersonen: [" + String.join(", ", persons.stream().map(CorpusGenerator::q).toList())
                + "]\nthemen: [" + String.join(", ", topics.stream().map(CorpusGenerator::q).toList()) + "]\n---\n";
        Files.writeString(site.resolve("content").resolve(folder).resolve(slug + ".md"), front + body);
    }

    void finish() {
        // nothing buffered
    }
}
