package de.tagungsband.cli;

import de.tagungsband.BuildOptions;
import de.tagungsband.i18n.Texts;
import de.tagungsband.serve.PreviewOptions;
import de.tagungsband.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", descriptionKey = "option.content")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "option.templates")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site-preview", descriptionKey = "option.serve.out")
    Path out;

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

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    private final Texts texts;

    ServeCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Integer call() throws InterruptedException {
        BuildOptions build = BuildOptions.builder(content, out).templates(FolderOptions.templatesOrDefault(templates))
                .drafts(true).force(force).build();
        PreviewOptions options = PreviewOptions.of(build).withPort(port).withBind(bind);
        ServeReport report = new ServeReport(spec.commandLine().getOut(), spec.commandLine().getErr(),
                verbosity.level(), content, out, texts);
        PreviewServer server = PreviewServer.start(options, report);
        Thread stopper = new Thread(server::close, "tagungsband-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        server.awaitClose();
        return 0;
    }
}
