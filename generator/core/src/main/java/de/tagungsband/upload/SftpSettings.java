package de.tagungsband.upload;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How to reach the web server. The password is never read from the content: it comes from a prompt or the
 * environment ({@code TAGUNGSBAND_PASSWORD}), or is {@code null} when a key logs in.
 *
 * @param folder the folder on the server, e.g. /htdocs/doku
 * @param keys private key files besides the usual ones in ~/.ssh (id_rsa, id_ecdsa, …)
 * @param knownHosts the known_hosts file whose entries the server's key must match
 * @param acceptNewHostKey a server not in knownHosts is trusted and added to it (the first upload to a new server)
 * @param agent the socket of the SSH agent whose keys log in ({@code SSH_AUTH_SOCK}); empty for none
 */
public record SftpSettings(String host, int port, String user, String folder, char[] password, List<Path> keys,
                           Path knownHosts, boolean acceptNewHostKey, Optional<Path> agent) {

    public SftpSettings {
        keys = List.copyOf(keys);
    }

    /** The agent socket the environment names ({@code SSH_AUTH_SOCK}), if that socket exists. */
    public static Optional<Path> agentOf(Map<String, String> environment) {
        String socket = environment.get("SSH_AUTH_SOCK");
        if (socket == null || socket.isBlank()) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(socket);
            return java.nio.file.Files.exists(path) ? Optional.of(path) : Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }
}
