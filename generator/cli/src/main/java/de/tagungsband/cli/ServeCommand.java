package de.tagungsband.cli;

import de.tagungsband.BuildOptions;
import de.tagungsband.i18n.Texts;
import de.tagungsband.serve.PreviewOptions;
import de.tagungsband.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand extends EditorCommand {

    @Mixin
    ContentOption content;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site-preview", descriptionKey = "option.serve.out")
    Path out;

    @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "option.templates")
    Path templates;

    @Option(names = "--force", description = "write the preview into a folder that holds files tagungsband did not "
            + "write (they are kept)")
    boolean force;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + PreviewOptions.DEFAULT_PORT,
            descriptionKey = "option.port")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = PreviewOptions.LOOPBACK, descriptionKey = "option.bind")
    String bind;

    @Mixin
    Verbosity verbosity;

    ServeCommand(Texts texts) {
        super(texts);
    }

    @Override
    public Integer call() throws InterruptedException {
        BuildOptions build = FolderOptions.toOptions(content.content, templates, out).drafts(true).force(force).build();
        PreviewOptions options = PreviewOptions.of(build).withPort(port).withBind(bind);
        ServeReport report = new ServeReport(out(), err(),
                verbosity.level(), content.content, out, texts);
        PreviewServer server = PreviewServer.start(options, report);
        Thread stopper = new Thread(server::close, "tagungsband-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        server.awaitClose();
        return 0;
    }
}
