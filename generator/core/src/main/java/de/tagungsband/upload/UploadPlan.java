package de.tagungsband.upload;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a run moves, in the order that keeps the remote site whole: files other than pages first (images, volumes,
 * stylesheets, the search index), then pages, the deepest first (a new session's page before the event page that links
 * it, the home page last); files the site no longer has are removed at the end, pages before the files they showed.
 */
public record UploadPlan(List<String> puts, List<String> deletes, int unchanged) {

    public UploadPlan {
        puts = List.copyOf(puts);
        deletes = List.copyOf(deletes);
    }

    static UploadPlan of(Map<String, String> local, Map<String, String> remote) {
        List<String> puts = local.entrySet().stream().filter(e -> !e.getValue().equals(remote.get(e.getKey())))
                .map(Map.Entry::getKey).sorted(LINKED_FIRST).toList();
        List<String> deletes = remote.keySet().stream().filter(path -> !local.containsKey(path))
                .sorted(LINKED_FIRST.reversed()).toList();
        return new UploadPlan(puts, deletes, local.size() - puts.size());
    }

    public boolean isEmpty() {
        return puts.isEmpty() && deletes.isEmpty();
    }

    private static final Comparator<String> LINKED_FIRST = Comparator
            .comparing(UploadPlan::isPage)
            .thenComparing(Comparator.comparingInt(UploadPlan::depth).reversed())
            .thenComparing(Comparator.naturalOrder());

    private static boolean isPage(String path) {
        return path.endsWith(".html") || path.endsWith(".htm");
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
