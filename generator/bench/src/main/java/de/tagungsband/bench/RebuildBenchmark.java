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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * What the preview server does after a save, timed: one process builds an archive once, then changes one session
 * file again and again and rebuilds with the memory of the last build and the name of the saved file, as
 * {@code tagungsband serve} does with what its file watcher reports. The saves take turns: a sentence added to the
 * text (its page, the search index and maybe the feed change), a new title (also the event, people, topic and list
 * pages that name it), a topic added or removed, another author, other speakers of an input, and a new place in the
 * programme (last, then first again).
 * Each save changes one thing against the last. Prints each rebuild's time, pages rendered and files written, and
 * the median of each kind. A benchmark: it asserts nothing.
 *
 * <pre>java -cp … de.tagungsband.bench.RebuildBenchmark CONTENT OUT [RUNS]</pre>
 */
public final class RebuildBenchmark {

    /** One kind of save: what it changes in the session file's text (the run's number makes each save new). */
    private enum Edit {
        TEXT((text, run) -> text + "\nEin Satz, gespeichert in Lauf " + run + ".\n"),
        TITLE((text, run) -> text.replaceFirst("(?m)^title: \"", "title: \"Lauf " + run + ": ")),
        TOPICS(Edit::withTopicAddedOrRemoved),
        // people of the corpus only (person-1 … person-N, N = 0.165 or 0.2 times the sessions, at least 10): a
        // person not in people.yaml is an error, and every rebuild after it would end at the model
        AUTHORS((text, run) -> text.replaceFirst("(?m)^authors: .*$", "authors: [person-" + (1 + run * 37 % 10) + "]")),
        SPEAKERS((text, run) -> text.replaceFirst("(?m)^    speakers: .*$",
                "    speakers: [person-" + (1 + run * 41 % 5) + ", person-" + (6 + run * 43 % 5) + "]")),
        ORDER((text, run) -> text.contains("\norder: 999\n") ? text.replace("\norder: 999\n", "\norder: 1\n")
                : text.replaceFirst("(?m)^order: .*$", "order: 999"));

        private final java.util.function.BiFunction<String, Integer, String> change;

        Edit(java.util.function.BiFunction<String, Integer, String> change) {
            this.change = change;
        }

        /** A topic more, one the session has not (the corpus gives one or two), or with three the last one less. */
        private static String withTopicAddedOrRemoved(String text, int run) {
            java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^topics: \\[(.*)]$").matcher(text);
            if (!line.find()) {
                throw new IllegalStateException("no topics in " + text);
            }
            List<String> topics = new ArrayList<>(List.of(line.group(1).split(", ")));
            if (topics.size() >= 3) {
                topics.remove(topics.size() - 1);
            } else {
                CorpusGenerator.TOPICS.stream().map(topic -> "\"" + topic + "\"").filter(topic -> !topics.contains(topic))
                        .skip(run % 5).findFirst().ifPresent(topics::add);
            }
            return text.substring(0, line.start()) + "topics: [" + String.join(", ", topics) + "]" + text.substring(line.end());
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private RebuildBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path content = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        // as the preview server: the built-in templates unpacked once, for all builds
        try (TemplateFolder templates = TemplateFolder.open(null)) {
            run(BuildOptions.builder(content, out).templates(templates.path()).proceedings(false).build(), content, runs);
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
        Map<Edit, List<Double>> times = new EnumMap<>(Edit.class);
        Map<Edit, List<Double>> cpuTimes = new EnumMap<>(Edit.class);
        Map<Edit, List<String>> counts = new EnumMap<>(Edit.class);
        try {
            for (int run = 1; run <= runs; run++) {
                Edit edit = Edit.values()[(run - 1) % Edit.values().length];
                current = edit.change.apply(current, run);
                Files.writeString(session, current, StandardCharsets.UTF_8);
                AtomicInteger rendered = new AtomicInteger();
                StringBuilder stages = new StringBuilder();
                long cpu0 = processCpuNanos();
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
                }, memory);
                double ms = (System.nanoTime() - t0) / 1e6;
                if (result.hasErrors()) { // a benchmark of failing builds measures nothing: say why and stop
                    result.diagnostics().forEach(d -> System.out.println(d.format(content.getFileName())));
                    throw new IllegalStateException("run " + run + " (" + edit.label() + ") failed");
                }
                double cpuMs = (processCpuNanos() - cpu0) / 1e6;
                int written = result.written().map(w -> w.written()).orElse(0);
                times.computeIfAbsent(edit, e -> new ArrayList<>()).add(ms);
                cpuTimes.computeIfAbsent(edit, e -> new ArrayList<>()).add(cpuMs);
                counts.computeIfAbsent(edit, e -> new ArrayList<>()).add(rendered.get() + "/" + written);
                System.out.printf(Locale.ROOT, "run %2d (%s): %7.1f ms (CPU %.0f ms), %d pages rendered, %d files written;"
                        + " ms:%s%n", run, edit.label(), ms, cpuMs, rendered.get(), written, stages);
            }
        } finally {
            Files.writeString(session, original, StandardCharsets.UTF_8);
        }
        times.forEach((edit, list) -> System.out.printf(Locale.ROOT,
                "median rebuild after %-9s %7.1f ms, CPU %6.1f ms (%d runs; pages rendered/files written: %s)%n",
                edit.label() + ":", median(list), median(cpuTimes.get(edit)), list.size(),
                String.join(" ", counts.get(edit))));
        System.out.printf(Locale.ROOT, "(%s, %d runs)%n", session.getFileName(), runs);
    }

    /** The CPU time of all the process's threads (the build's parallel streams and the collector's): what the
     * rebuild costs whatever else the machine runs. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double median(List<Double> times) {
        if (times.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        // of an even number, the mean of the middle two: with two runs of a kind, not the slower one alone
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static Path pickSession(Path content) throws IOException {
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("event.md"))
                    .sorted().findFirst().orElseThrow();
        }
    }
}
