package de.tagungsband.cli;

import de.tagungsband.cache.FolderMemory;
import de.tagungsband.digest.Fingerprint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the build server of an output folder keeps its socket and log: in {@code server/} of the cache folder
 * beside the output ({@code .site.cache/server/}), which only the owner may enter. A socket's path may be at most
 * some 100 bytes long: for a deeper output folder the socket lies in a folder of the user's own in the temporary
 * folder, named by the output folder's path.
 */
record ServerFiles(Path folder, Path socket, Path log) {

    private static final int LONGEST_SOCKET_PATH = 100;

    static ServerFiles beside(Path out) {
        Path folder = FolderMemory.beside(out).folder().resolve("server");
        Path socket = folder.resolve("socket");
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length > LONGEST_SOCKET_PATH) {
            Fingerprint name = Fingerprint.of(out.toAbsolutePath().normalize().toString());
            socket = Path.of(System.getProperty("java.io.tmpdir"), "tagungsband-" + System.getProperty("user.name"),
                    String.format("%016x.socket", name.high()));
        }
        return new ServerFiles(folder, socket, folder.resolve("log"));
    }

    /** Makes the folders of the socket and the log, for the owner only. */
    void create() throws IOException {
        for (Path dir : new Path[]{folder, socket.getParent()}) {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
