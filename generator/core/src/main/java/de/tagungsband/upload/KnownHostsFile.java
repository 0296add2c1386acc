package de.tagungsband.upload;

import de.tagungsband.i18n.Text;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The known_hosts file a first upload with {@code --accept-new-host} records the server's key in. On a computer that
 * never used ssh neither it nor {@code ~/.ssh} exists yet; they are made as ssh makes them (the folder readable by its
 * owner only, 0700, the file 0600), so that the key is recorded and the next upload checks it.
 */
final class KnownHostsFile {

    private KnownHostsFile() {
    }

    static void create(Path file) {
        if (Files.exists(file)) {
            return;
        }
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                if (posix) {
                    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                }
            }
            Files.createFile(file);
            if (posix) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UploadException(Text.of("upload.knownHostsFile", file, String.valueOf(e.getMessage())), e);
        }
    }
}
