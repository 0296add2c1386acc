package de.tagungsband.upload;

import java.nio.file.Path;
import java.util.List;

/**
 * How to reach the web server. The password is never read from the content: it comes from a prompt or the
 * environment ({@code TAGUNGSBAND_PASSWORD}), or is {@code null} when a key logs in.
 *
 * @param folder the folder on the server, e.g. /htdocs/doku
 * @param keys private key files besides the usual ones in ~/.ssh (id_rsa, id_ecdsa, …)
 * @param knownHosts the known_hosts file whose entries the server's key must match
 * @param acceptNewHostKey a server not in knownHosts is trusted and added to it (the first upload to a new server)
 */
public record SftpSettings(String host, int port, String user, String folder, char[] password, List<Path> keys,
                           Path knownHosts, boolean acceptNewHostKey) {

    public SftpSettings {
        keys = List.copyOf(keys);
    }
}
