package de.tagungsband.maven;

import de.tagungsband.BuildListener;
import de.tagungsband.BuildResult;
import de.tagungsband.UsageException;
import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.i18n.Language;
import de.tagungsband.i18n.Texts;
import de.tagungsband.upload.UploadException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** What every goal shares: the folders, {@code skip}, and turning the core's outcome into Maven's terms. */
abstract class AbstractTagungsbandMojo extends AbstractMojo {

    /** The records: site.yaml, people.yaml and one folder per event. */
    @Parameter(property = "tagungsband.content", defaultValue = "${project.basedir}/content", required = true)
    File content;

    /** The templates; by default {@code templates/} of the project, or the built-in ones when there is none. */
    @Parameter(property = "tagungsband.templates")
    File templates;

    /** Skips the goal. */
    @Parameter(property = "tagungsband.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The language of the messages: de or en (by default site.yaml's language, else LANG, else de). */
    @Parameter(property = "tagungsband.lang")
    String lang;

    /** The texts of this run's language. */
    Texts texts() {
        return Language.choose(lang, content.toPath(), System.getenv());
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("tagungsband: " + texts().get("maven.skipped"));
            return;
        }
        try {
            run();
        } catch (UsageException | UploadException e) {
            throw new MojoExecutionException("tagungsband: " + texts().resolve(e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("tagungsband: " + texts().get("maven.failed", e.getMessage()), e);
        }
    }

    abstract void run() throws MojoExecutionException, MojoFailureException;

    /** The templates folder to use; {@code null} for the built-in templates. */
    Path templatesFolder() {
        if (templates != null) {
            return templates.toPath();
        }
        File local = new File(basedir, "templates");
        return local.isDirectory() ? local.toPath() : null;
    }

    /** Logs every diagnostic and fails the build when there are errors. */
    void report(BuildResult result) throws MojoFailureException {
        for (Diagnostic diagnostic : result.diagnostics()) {
            String line = diagnostic.format(content.toPath(), texts());
            if (diagnostic.isError()) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        if (result.hasErrors()) {
            throw new MojoFailureException(texts().get("report.errors", result.errorCount(), result.warningCount(),
                    content));
        }
    }

    /** Stage timings at debug level ({@code mvn -X}). */
    BuildListener timings() {
        return new BuildListener() {
            @Override
            public void stageFinished(Stage stage, int count, Duration took, Duration sinceStart) {
                getLog().debug(String.format(Locale.ROOT, "tagungsband %s: %d in %d ms", stage, count, took.toMillis()));
            }
        };
    }
}
