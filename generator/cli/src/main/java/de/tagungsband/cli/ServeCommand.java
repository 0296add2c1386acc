package de.tagungsband.cli;

import de.tagungsband.BuildOptions;
import de.tagungsband.serve.PreviewOptions;
import de.tagungsband.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Previews the archive with its drafts at http://127.0.0.1:8080/, rebuilds it when content or "
                + "templates change and reloads open pages by itself. Errors in the content are shown on every page "
                + "until they are fixed. Stop it with Ctrl+C.",
                "The preview is built into its own folder (--out), never into site/."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "content folder (default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", description = "templates folder (default: templates, or the "
            + "templates built into tagungsband when there is no such folder)")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site-preview",
            description = "the preview's folder, with drafts (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--force", description = "write the preview into a folder that holds files tagungsband did not "
            + "write (they are kept)")
    boolean force;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + PreviewOptions.DEFAULT_PORT,
            description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = PreviewOptions.LOOPBACK,
            description = "address to listen on (default: ${DEFAULT-VALUE}, this computer only; "
                    + "0.0.0.0 would show the drafts to the whole network)")
    String bind;

    @Mixin
    Verbosity verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        BuildOptions build = new BuildOptions(content, FolderOptions.templatesOrDefault(templates), out, true)
                .withForce(force);
        PreviewOptions options = PreviewOptions.of(build).withPort(port).withBind(bind);
        ServeReport report = new ServeReport(spec.commandLine().getOut(), spec.commandLine().getErr(),
                verbosity.level(), content, out);
        PreviewServer server = PreviewServer.start(options, report);
        Thread stopper = new Thread(server::close, "tagungsband-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        server.awaitClose();
        return 0;
    }
}
