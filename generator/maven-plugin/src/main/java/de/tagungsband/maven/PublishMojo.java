package de.tagungsband.maven;

import de.tagungsband.upload.FolderTarget;
import de.tagungsband.upload.PublishTarget;
import de.tagungsband.upload.SftpSettings;
import de.tagungsband.upload.SftpTarget;
import de.tagungsband.upload.UploadListener;
import de.tagungsband.upload.UploadPlan;
import de.tagungsband.upload.UploadTarget;
import de.tagungsband.upload.Uploader;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Uploads the built site as {@code tagungsband publish} does: over SFTP to site.yaml's {@code publish:} target (or
 * the parameters), or into a folder. The password comes from {@code TAGUNGSBAND_PASSWORD}; without it a key in ~/.ssh.
 */
@Mojo(name = "publish", threadSafe = true)
public class PublishMojo extends AbstractTagungsbandMojo {

    /** The built site to upload. */
    @Parameter(property = "tagungsband.out", defaultValue = "${project.basedir}/site", required = true)
    File out;

    @Parameter(property = "tagungsband.host")
    String host;

    @Parameter(property = "tagungsband.port")
    Integer port;

    @Parameter(property = "tagungsband.user")
    String user;

    @Parameter(property = "tagungsband.folder")
    String folder;

    /** A private key file besides those in ~/.ssh. */
    @Parameter(property = "tagungsband.key")
    File key;

    /** Trust a server not yet in ~/.ssh/known_hosts (the first upload, after checking its fingerprint). */
    @Parameter(property = "tagungsband.acceptNewHost", defaultValue = "false")
    boolean acceptNewHost;

    /** Only list what would change. */
    @Parameter(property = "tagungsband.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    void run() throws MojoExecutionException {
        PublishTarget where = PublishTarget.of(content.toPath(), host, port, user, folder);
        String password = System.getenv("TAGUNGSBAND_PASSWORD");
        try (UploadTarget target = where.isSftp()
                ? SftpTarget.connect(new SftpSettings(where.host().orElseThrow(), where.port(), where.requireUser(),
                where.requireFolder(), password == null ? null : password.toCharArray(),
                key == null ? List.of() : List.of(key.toPath()),
                Path.of(System.getProperty("user.home"), ".ssh", "known_hosts"), acceptNewHost,
                SftpSettings.agentOf(System.getenv())))
                : new FolderTarget(Path.of(where.requireFolder()))) {
            UploadPlan plan = Uploader.upload(out.toPath(), target, dryRun, UploadListener.NONE);
            getLog().info(texts().get(dryRun ? "publish.dryRun" : "publish.done", target.describe(),
                    plan.puts().size(), plan.deletes().size(), plan.unchanged()));
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
