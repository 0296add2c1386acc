package de.tagungsband.upload;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * What tagungsband put on the target, written down on the target itself: {@value #FILE} holds every uploaded file
 * with the SHA-256 of its bytes; {@value #JOURNAL} records each upload and removal of a run as it happens, so that a
 * run broken off (a lost connection) is resumed from where it stopped. Records are NUL-separated, so that no file
 * name can break them: {@code +} hash path, or {@code -} path.
 */
final class Manifest {

    static final String FILE = ".tagungsband-upload";
    static final String JOURNAL = ".tagungsband-upload.journal";
    private static final String TEMPORARY_SUFFIX = ".tagungsband-neu";

    private Manifest() {
    }

    static String temporaryName(String name) {
        return "." + name + TEMPORARY_SUFFIX;
    }

    /** The files on the target as the manifest and then the journal of an unfinished run say. */
    static Map<String, String> read(byte[] manifest, byte[] journal) {
        Map<String, String> files = new TreeMap<>();
        apply(manifest, files);
        apply(journal, files);
        return files;
    }

    static byte[] write(Map<String, String> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.forEach((path, hash) -> out.writeBytes(added(path, hash)));
        return out.toByteArray();
    }

    static byte[] added(String path, String hash) {
        return ("+\0" + hash + "\0" + path + "\0").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] removed(String path) {
        return ("-\0\0" + path + "\0").getBytes(StandardCharsets.UTF_8);
    }

    /** Applies every whole record; a record cut off at the end (the connection broke while writing it) is ignored. */
    private static void apply(byte[] bytes, Map<String, String> files) {
        if (bytes == null) {
            return;
        }
        String[] fields = new String(bytes, StandardCharsets.UTF_8).split("\0", -1);
        for (int i = 0; i + 3 < fields.length; i += 3) {
            if (fields[i].equals("+")) {
                files.put(fields[i + 2], fields[i + 1]);
            } else if (fields[i].equals("-")) {
                files.remove(fields[i + 2]);
            }
        }
    }
}
