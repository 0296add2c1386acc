package de.tagungsband.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cleans up after a build that was killed: a {@link Journal} left behind is carried out to the end, a swap cut
 * between its two renames (builds before the journal) is completed backwards, and staging folders left behind are
 * removed.
 */
final class Recovery {

    private Recovery() {
    }

    static void recover(Path out) throws IOException {
        Journal.replay(out);
        restoreInterruptedSwap(out);
    }

    private static void restoreInterruptedSwap(Path out) throws IOException {
        String prefix = "." + out.getFileName() + ".";
        Path newestOld = null;
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(out.getParent(), prefix + "*")) {
            for (Path sibling : siblings) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix + "old-") && !Files.exists(out)) {
                    newestOld = sibling;
                } else if (name.startsWith(prefix + "old-") || name.startsWith(prefix + "staging-")) {
                    SiteWriter.deleteTree(sibling);
                }
            }
        }
        if (newestOld != null) {
            Files.move(newestOld, out);
        }
    }
}
