package de.tagungsband.upload;

import de.tagungsband.i18n.Text;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.client.extensions.openssh.OpenSSHPosixRenameExtension;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** A folder on a web server reached over SFTP (Apache MINA SSHD's client): what most German web hosts offer. */
public final class SftpTarget implements UploadTarget {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final SshClient client;
    private final ClientSession session;
    private final SftpClient sftp;
    private final String folder;
    private final String shown;
    private final Set<String> folders = new HashSet<>();

    private SftpTarget(SshClient client, ClientSession session, SftpClient sftp, String folder, String shown) {
        this.client = client;
        this.session = session;
        this.sftp = sftp;
        this.folder = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        this.shown = shown;
    }

    /**
     * Connects and logs in with the keys of the SSH agent, the password (if given), the key files named and the usual
     * keys in ~/.ssh. A host not
     * in {@code settings.knownHosts()} is refused with its fingerprint, unless the settings accept a new host (it is
     * then written there, as ssh does).
     */
    public static SftpTarget connect(SftpSettings settings) {
        String shown = settings.user() + "@" + settings.host() + ":" + settings.folder();
        SshClient client = SshClient.setUpDefaultClient();
        AtomicReference<String> unknownKey = new AtomicReference<>();
        ServerKeyVerifier unknown = (session, address, key) -> {
            unknownKey.set(KeyUtils.getFingerPrint(key));
            return settings.acceptNewHostKey();
        };
        client.setServerKeyVerifier(new KnownHostsServerKeyVerifier(unknown, settings.knownHosts()));
        settings.agent().ifPresent(socket -> client.setAgentFactory(new AgentSocket(socket)));
        if (settings.acceptNewHostKey()) {
            KnownHostsFile.create(settings.knownHosts());
        }
        client.start();
        ClientSession session = null;
        try {
            session = client.connect(settings.user(), settings.host(), settings.port()).verify(TIMEOUT).getSession();
            if (settings.password() != null) {
                session.addPasswordIdentity(new String(settings.password()));
            }
            for (Path key : settings.keys()) {
                for (KeyPair pair : loadKey(key)) {
                    session.addPublicKeyIdentity(pair);
                }
            }
            try {
                session.auth().verify(TIMEOUT);
            } catch (SshException e) {
                if (unknownKey.get() != null && !settings.acceptNewHostKey()) {
                    throw new UploadException(Text.of("upload.unknownHost", settings.host(), unknownKey.get(),
                            settings.knownHosts()), e);
                }
                throw new UploadException(Text.of("upload.login", settings.user(), settings.host()), e);
            }
            SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
            return new SftpTarget(client, session, sftp, settings.folder(), shown);
        } catch (UploadException e) {
            closeQuietly(session, client);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(session, client);
            if (unknownKey.get() != null && !settings.acceptNewHostKey()) {
                throw new UploadException(Text.of("upload.unknownHost", settings.host(), unknownKey.get(),
                        settings.knownHosts()), e);
            }
            throw new UploadException(Text.of("upload.connect", settings.host(), settings.port(), rootCause(e)), e);
        }
    }

    private static Iterable<KeyPair> loadKey(Path key) throws IOException {
        try (InputStream in = Files.newInputStream(key)) {
            return SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(key.toString()), in,
                    FilePasswordProvider.EMPTY);
        } catch (GeneralSecurityException e) {
            throw new UploadException(Text.of("upload.badKey", key, String.valueOf(e.getMessage())), e);
        }
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        try (InputStream in = sftp.read(remote(path))) {
            return Optional.of(in.readAllBytes());
        } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void put(String path, Path local) throws IOException {
        String target = remote(path);
        String temporary = temporary(target);
        makeFolders(target);
        try (OutputStream out = sftp.write(temporary); InputStream in = Files.newInputStream(local)) {
            in.transferTo(out);
        }
        replace(temporary, target);
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        String target = remote(path);
        String temporary = temporary(target);
        makeFolders(target);
        try (OutputStream out = sftp.write(temporary)) {
            out.write(bytes);
        }
        replace(temporary, target);
    }

    /** Removes the file, then its folders as far up as they are empty (a folder with files refuses: that ends it). */
    @Override
    public void delete(String path) throws IOException {
        String target = remote(path);
        try {
            sftp.remove(target);
        } catch (SftpException e) {
            if (e.getStatus() != SftpConstants.SSH_FX_NO_SUCH_FILE) {
                throw e;
            }
        }
        for (String parent = target.substring(0, target.lastIndexOf('/')); parent.length() > folder.length();
             parent = parent.substring(0, parent.lastIndexOf('/'))) {
            try {
                sftp.rmdir(parent);
                folders.remove(parent);
            } catch (SftpException e) {
                break;
            }
        }
    }

    @Override
    public void append(String path, byte[] bytes) throws IOException {
        makeFolders(remote(path));
        try (SftpClient.CloseableHandle handle = sftp.open(remote(path), SftpClient.OpenMode.Write,
                SftpClient.OpenMode.Create, SftpClient.OpenMode.Append)) {
            long end = sftp.stat(handle).getSize();
            sftp.write(handle, end, bytes);
        }
    }

    @Override
    public String describe() {
        return shown;
    }

    @Override
    public void close() throws IOException {
        try {
            sftp.close();
        } finally {
            closeQuietly(session, client);
        }
    }

    /** The posix-rename extension replaces the file in one step; without it the old file is removed just before. */
    private void replace(String temporary, String target) throws IOException {
        OpenSSHPosixRenameExtension posix = sftp.getExtension(OpenSSHPosixRenameExtension.class);
        if (posix != null && posix.isSupported()) {
            posix.posixRename(temporary, target);
            return;
        }
        delete(target.substring(folder.length() + 1));
        sftp.rename(temporary, target);
    }

    private void makeFolders(String target) throws IOException {
        String parent = target.substring(0, target.lastIndexOf('/'));
        if (parent.isEmpty() || folders.contains(parent)) {
            return;
        }
        try {
            if (!sftp.stat(parent).isDirectory()) {
                throw new IOException(parent + " is not a folder");
            }
        } catch (SftpException e) {
            if (e.getStatus() != SftpConstants.SSH_FX_NO_SUCH_FILE) {
                throw e;
            }
            makeFolders(parent);
            sftp.mkdir(parent);
        }
        folders.add(parent);
    }

    private String remote(String path) {
        if (path.startsWith("/") || ("/" + path + "/").contains("/../")) {
            throw new IllegalArgumentException("not a path inside the target: " + path);
        }
        return folder + "/" + path;
    }

    private static String temporary(String target) {
        int slash = target.lastIndexOf('/');
        return target.substring(0, slash + 1) + Manifest.temporaryName(target.substring(slash + 1));
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    private static void closeQuietly(ClientSession session, SshClient client) {
        try {
            if (session != null) {
                session.close();
            }
        } catch (IOException e) {
            // closing a session that broke: nothing left to do
        }
        client.stop();
    }
}
