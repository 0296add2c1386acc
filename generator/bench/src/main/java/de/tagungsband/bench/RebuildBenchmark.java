package de.tagungsband.bench;

import de.tagungsband.BuildListener;
import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.Tagungsband;
import de.tagungsband.cache.BuildMemory;
import de.tagungsband.html.TemplateFolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * What the preview server does after a save, timed: one process builds an archive once, then changes one session
 * file again and again and rebuilds with the memory of the last build and the name of the saved file, as
 * {@code tagungsband serve} does with what its file watcher reports: odd runs
 * add a sentence to the text (its page, the search index and maybe the feed change), even runs change the title
 * (also the event, people, topic and list pages that name it). Each save changes one thing against the last.
 * Prints each rebuild's time, pages rendered and files written, and the median of each kind. A benchmark: it
 * asserts nothing.
 *
 * <pre>java -cp … de.tagungsband.bench.RebuildBenchmark CONTENT OUT [RUNS]</pre>
 */
public final class RebuildBenchmark {

    private RebuildBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path content = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        // as the preview server: the built-in templates unpacked once, for all builds
        try (TemplateFolder templates = TemplateFolder.open(null)) {
            run(new BuildOptions(content, templates.path(), out, false).withoutProceedings(), content, runs);
        }
    }

    private static void run(BuildOptions options, Path content, int runs) throws IOException {
        BuildMemory memory = BuildMemory.inMemory();
        long start = System.nanoTime();
        BuildResult first = Tagungsband.build(options, BuildListener.SILENT, memory);
        System.out.printf(Locale.ROOT, "first build: %.2f s, %d pages%n", (System.nanoTime() - start) / 1e9, first.pages());

        Path session = pickSession(content);
        String original = Files.readString(session, StandardCharsets.UTF_8);
        String current = original; // each save changes one thing against the one before
        List<Double> textTimes = new ArrayList<>();
        List<Double> titleTimes = new ArrayList<>();
        try {
            for (int run = 1; run <= runs; run++) {
                boolean text = run % 2 == 1;
                current = text ? current + "\nEin Satz, gespeichert in Lauf " + run + ".\n"
                        : current.replaceFirst("(?m)^title: \"", "title: \"Lauf " + run + ": ");
                Files.writeString(session, current, StandardCharsets.UTF_8);
                AtomicInteger rendered = new AtomicInteger();
                StringBuilder stages = new StringBuilder();
                long t0 = System.nanoTime();
                BuildResult result = Tagungsband.build(options, new BuildListener() {
                    @Override
                    public void stageFinished(Stage stage, int count, Duration took, Duration sinceStart) {
                        if (stage == Stage.RENDER) {
                            rendered.set(count);
                        }
                        stages.append(String.format(Locale.ROOT, " %s %d", stage.name().toLowerCase(Locale.ROOT),
                                took.toMillis()));
                    }
                }, memory, Set.of(session.toAbsolutePath().normalize())); // as the preview's file watcher reports it
                double ms = (System.nanoTime() - t0) / 1e6;
                (text ? textTimes : titleTimes).add(ms);
                System.out.printf(Locale.ROOT, "run %2d (%s): %7.1f ms, %d pages rendered, %d files written%s; ms:%s%n", run,
                        text ? "text" : "title", ms, rendered.get(), result.written().map(w -> w.written()).orElse(0),
                        result.hasErrors() ? " (errors!)" : "", stages);
            }
        } finally {
            Files.writeString(session, original, StandardCharsets.UTF_8);
        }
        System.out.printf(Locale.ROOT, "median rebuild after a sentence was added: %.1f ms; after the title changed: %.1f ms"
                + " (%s, %d runs)%n", median(textTimes), median(titleTimes), session.getFileName(), runs);
    }

    private static double median(List<Double> times) {
        if (times.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static Path pickSession(Path content) throws IOException {
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("event.md"))
                    .sorted().findFirst().orElseThrow();
        }
    }
}
