package de.tagungsband.upload;

import de.tagungsband.i18n.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Brings a target to the state of a built site: reads what the target holds from its {@link Manifest} (and the
 * journal of a run broken off), plans the changes ({@link UploadPlan}), records each change in the journal as it
 * is made, and writes the new manifest when all are done. A dry run only plans.
 */
public final class Uploader {

    private Uploader() {
    }

    public static UploadPlan upload(Path site, UploadTarget target, boolean dryRun, UploadListener listener) {
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new UploadException(Text.of("upload.noSite", site));
        }
        Map<String, String> local = hashes(site);
        try {
            Map<String, String> remote = Manifest.read(target.read(Manifest.FILE).orElse(null),
                    target.read(Manifest.JOURNAL).orElse(null));
            UploadPlan plan = UploadPlan.of(local, remote);
            listener.planned(plan);
            if (dryRun || plan.isEmpty() && target.read(Manifest.JOURNAL).isEmpty()) {
                return plan;
            }
            int done = 0;
            for (String path : plan.puts()) {
                target.put(path, site.resolve(path));
                target.append(Manifest.JOURNAL, Manifest.added(path, local.get(path)));
                listener.uploaded(path, ++done, plan.puts().size());
            }
            for (String path : plan.deletes()) {
                target.delete(path);
                target.append(Manifest.JOURNAL, Manifest.removed(path));
                listener.deleted(path);
            }
            target.write(Manifest.FILE, Manifest.write(local));
            target.delete(Manifest.JOURNAL);
            return plan;
        } catch (IOException e) {
            throw new UploadException(Text.of("upload.broken", target.describe(), String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Every file of the site by its path (forward slashes) with the SHA-256 of its bytes; tagungsband's own files
     * in it ({@code .tagungsband-…}) stay at home.
     */
    static Map<String, String> hashes(Path site) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith(".tagungsband")).toList()) {
                hashes.put(site.relativize(file).toString().replace('\\', '/'), sha256(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashes;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
