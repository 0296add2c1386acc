package de.tagungsband.maven;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.Tagungsband;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/** Builds the archive into the output folder; on any error in the content the previous output stays as it was. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractTagungsbandMojo {

    /** The output folder, replaced as a whole when the build succeeds. */
    @Parameter(property = "tagungsband.out", defaultValue = "${project.basedir}/site", required = true)
    File out;

    /** Also publish records marked {@code draft: true}. */
    @Parameter(property = "tagungsband.drafts", defaultValue = "false")
    boolean drafts;

    /**
     * Build into an output folder that holds files tagungsband did not write (they are kept; only the site's files
     * are replaced).
     */
    @Parameter(property = "tagungsband.force", defaultValue = "false")
    boolean force;

    @Override
    void run() throws MojoFailureException {
        BuildResult result = Tagungsband.build(BuildOptions.builder(content.toPath(), out.toPath())
                .templates(templatesFolder()).drafts(drafts).force(force).build(), timings());
        report(result);
        result.written().ifPresent(w -> getLog().info(texts().get("build.done", result.pages(), result.records(),
                String.format(texts().locale(), "%.2f s", result.elapsed().toNanos() / 1e9), out, w.written(),
                w.unchanged(), w.removed())));
        result.draftsLine(texts()).ifPresent(getLog()::info);
    }
}
