package de.tagungsband.maven;

import de.tagungsband.BuildOptions;
import de.tagungsband.serve.PreviewListener;
import de.tagungsband.serve.PreviewOptions;
import de.tagungsband.serve.PreviewServer;
import de.tagungsband.serve.PreviewState;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

/**
 * Previews the archive with its drafts on this computer, rebuilds it when content or templates change and reloads
 * open pages by itself; runs until Ctrl+C. Errors in the content are shown on every page until they are fixed.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractTagungsbandMojo {

    /** The preview's own folder (never the published site). */
    @Parameter(property = "tagungsband.out", defaultValue = "${project.build.directory}/preview", required = true)
    File out;

    /** Write the preview into a folder that holds files tagungsband did not write (they are kept). */
    @Parameter(property = "tagungsband.force", defaultValue = "false")
    boolean force;

    @Parameter(property = "tagungsband.port", defaultValue = "8080")
    int port;

    /** The address to listen on; 127.0.0.1 shows the preview to this computer only. */
    @Parameter(property = "tagungsband.bind", defaultValue = PreviewOptions.LOOPBACK)
    String bind;

    @Override
    void run() throws MojoExecutionException {
        BuildOptions build = BuildOptions.builder(content.toPath(), out.toPath()).templates(templatesFolder())
                .drafts(true).force(force).build();
        PreviewOptions options = PreviewOptions.of(build).withPort(port).withBind(bind);
        try (PreviewServer server = PreviewServer.start(options, new PreviewListener() {
            @Override
            public void serving(URI address) {
                getLog().info(texts().get("serve.serving", content, address, out));
            }

            @Override
            public void built(Set<Path> changed, PreviewState state) {
                state.problems().forEach(getLog()::error);
                if (state.ok()) {
                    state.result().ifPresent(r -> getLog().info(texts().get("serve.done", texts().get("serve.built"),
                            r.pages(), Math.round(r.elapsed().toNanos() / 1e6),
                            r.written().map(w -> w.written() + w.removed()).orElse(0))));
                }
            }
        })) {
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "tagungsband-stop"));
            server.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException(texts().get("maven.interrupted"), e);
        }
    }
}
