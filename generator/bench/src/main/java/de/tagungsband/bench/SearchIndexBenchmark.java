package de.tagungsband.bench;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Messages;
import de.tagungsband.markdown.BodyRenderer;
import de.tagungsband.markdown.MarkdownLabels;
import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.model.ModelBuilder;
import de.tagungsband.model.SiteModel;
import de.tagungsband.record.RecordReader;
import de.tagungsband.search.SearchIndex;
import de.tagungsband.search.SearchIndexBuilder;
import de.tagungsband.search.SearchIndexScript;
import de.tagungsband.source.ContentScanner;
import de.tagungsband.source.ContentSources;

import java.lang.management.ManagementFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The search index alone: reads and renders a content folder once, then builds and writes the index several
 * times and prints the wall and CPU time of the first (cold) run and the median of the rest, the bytes and the
 * number of files.
 * Usage: {@code SearchIndexBenchmark CONTENT_DIR [RUNS [OUT_DIR]]}; with OUT_DIR the files of the last run are
 * written there (below {@code suche/index/}), to look at or to try in a browser beside a built site. A benchmark:
 * it prints figures and asserts nothing.
 */
public final class SearchIndexBenchmark {

    private SearchIndexBenchmark() {
    }

    public static void main(String[] args) {
        Path content = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        Diagnostics diagnostics = new Diagnostics();
        ContentSources sources = ContentScanner.scan(content, diagnostics);
        SiteModel model = ModelBuilder.build(RecordReader.read(sources, diagnostics), sources, false, diagnostics);
        Messages messages = Messages.builtIn(model.site().language());
        Map<Path, RenderedMarkdown> bodies = BodyRenderer.renderAll(model, sources,
                new MarkdownLabels("Fußnoten", "zurück", "Link"), diagnostics);
        if (diagnostics.hasErrors()) {
            throw new IllegalStateException(diagnostics.sorted().toString());
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] cpu = new long[runs];
        long[] millis = new long[runs];
        long[] building = new long[runs];
        long bytes = 0;
        Map<String, byte[]> last = Map.of();
        int files = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            SearchIndex built = new SearchIndexBuilder(model, bodies, messages).build();
            building[run] = (System.nanoTime() - start) / 1_000_000;
            Map<String, byte[]> index = SearchIndexScript.write(built);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            cpu[run] = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
            bytes = index.values().stream().mapToLong(b -> b.length).sum();
            last = index;
            files = index.size();
        }
        if (args.length > 2) {
            write(Path.of(args[2]), last);
        }
        long[] warm = Arrays.copyOfRange(millis, 1, runs);
        Arrays.sort(warm);
        System.out.printf("search index of %s: %,d documents' worth of content%n", content, bodies.size());
        System.out.printf("  cold %,d ms, warm median %,d ms (runs %s)%n", millis[0],
                warm.length == 0 ? millis[0] : warm[warm.length / 2], Arrays.toString(millis));
        long[] warmCpu = Arrays.copyOfRange(cpu, 1, runs);
        Arrays.sort(warmCpu);
        System.out.printf("  CPU time of the process (all threads, GC included; steady on a busy machine): cold %,d ms, warm median %,d ms%n",
                cpu[0], warmCpu.length == 0 ? cpu[0] : warmCpu[warmCpu.length / 2]);
        System.out.printf("  of which building the index (before writing its files): %s ms%n", Arrays.toString(building));
        System.out.printf("  %,d bytes in %,d files%n", bytes, files);
    }

    private static void write(Path out, Map<String, byte[]> files) {
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = out.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
