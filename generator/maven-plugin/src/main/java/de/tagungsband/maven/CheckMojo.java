package de.tagungsband.maven;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.Tagungsband;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Locale;

/** Checks the content and reports every mistake as path:line; writes nothing. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractTagungsbandMojo {

    /** Also check the links and ids of records marked {@code draft: true}. */
    @Parameter(property = "tagungsband.drafts", defaultValue = "false")
    boolean drafts;

    @Override
    void run() throws MojoFailureException {
        BuildResult result = Tagungsband.check(BuildOptions.builder(content.toPath(), null)
                .templates(templatesFolder()).drafts(drafts).build(),
                timings());
        report(result);
        getLog().info(texts().get("check.done", result.records(),
                String.format(texts().locale(), "%.2f s", result.elapsed().toNanos() / 1e9), result.warningCount()));
    }
}
