package de.tagungsband.cli;

import de.tagungsband.i18n.Texts;
import de.tagungsband.upload.FolderTarget;
import de.tagungsband.upload.PublishTarget;
import de.tagungsband.upload.SftpSettings;
import de.tagungsband.upload.SftpTarget;
import de.tagungsband.upload.UploadException;
import de.tagungsband.upload.UploadListener;
import de.tagungsband.upload.UploadPlan;
import de.tagungsband.upload.UploadTarget;
import de.tagungsband.upload.Uploader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code tagungsband publish}: the built site onto the web server over SFTP, or into a folder; only what changed. */
@Command(name = "publish", mixinStandardHelpOptions = true)
final class PublishCommand extends EditorCommand {

    @Mixin
    ContentOption content;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site", descriptionKey = "option.publish.out")
    Path site;

    @Option(names = "--host", paramLabel = "HOST", descriptionKey = "option.publish.host")
    String host;

    @Option(names = "--port", paramLabel = "N", descriptionKey = "option.publish.port")
    Integer port;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "option.publish.user")
    String user;

    @Option(names = "--folder", paramLabel = "ORDNER", descriptionKey = "option.publish.folder")
    String folder;

    @Option(names = "--key", paramLabel = "DATEI", descriptionKey = "option.publish.key")
    List<Path> keys = List.of();

    @Option(names = "--known-hosts", paramLabel = "DATEI", descriptionKey = "option.publish.knownHosts")
    Path knownHosts = Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");

    @Option(names = "--accept-new-host", descriptionKey = "option.publish.acceptNewHost")
    boolean acceptNewHost;

    @Option(names = "--password", descriptionKey = "option.publish.password")
    boolean askPassword;

    @Option(names = {"-n", "--dry-run"}, descriptionKey = "option.publish.dryRun")
    boolean dryRun;

    @Mixin
    Verbosity verbosity;

    PublishCommand(Texts texts) {
        super(texts);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        PrintWriter err = err();
        PublishTarget where = PublishTarget.of(content.content, host, port, user, folder);
        try (UploadTarget target = open(where, err)) {
            UploadPlan plan = Uploader.upload(site, target, dryRun, new Progress(out, verbosity.level()));
            if (dryRun) {
                plan.puts().forEach(p -> out.println("  + " + p));
                plan.deletes().forEach(p -> out.println("  - " + p));
                out.println(texts.get("publish.dryRun", target.describe(), plan.puts().size(), plan.deletes().size(),
                        plan.unchanged()));
            } else if (verbosity.level() != Verbosity.Level.QUIET) {
                out.println(plan.isEmpty() ? texts.get("publish.nothing", target.describe(), plan.unchanged())
                        : texts.get("publish.done", target.describe(), plan.puts().size(), plan.deletes().size(),
                        plan.unchanged()));
            }
            return 0;
        } catch (UploadException e) {
            err.println("tagungsband: " + texts.resolve(e.getMessage()));
            return 1;
        }
    }

    private UploadTarget open(PublishTarget where, PrintWriter err) {
        String remoteFolder = where.requireFolder();
        if (!where.isSftp()) {
            return new FolderTarget(Path.of(remoteFolder));
        }
        String name = where.requireUser();
        char[] password = password(name, where.host().orElseThrow(), err);
        return SftpTarget.connect(new SftpSettings(where.host().orElseThrow(), where.port(), name, remoteFolder,
                password, keys, knownHosts, acceptNewHost, SftpSettings.agentOf(System.getenv())));
    }

    /** TAGUNGSBAND_PASSWORD (for scripts), else a prompt when --password asks for one; else keys only. */
    private char[] password(String name, String server, PrintWriter err) {
        String fromEnvironment = System.getenv("TAGUNGSBAND_PASSWORD");
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        if (!askPassword) {
            return null;
        }
        Console console = System.console();
        if (console == null) {
            throw new UploadException(de.tagungsband.i18n.Text.of("upload.noConsole"));
        }
        return console.readPassword("%s", texts.get("publish.passwordPrompt", name, server));
    }

    /** One line per file, as it goes. */
    private final class Progress implements UploadListener {
        private final PrintWriter out;
        private final Verbosity.Level level;

        Progress(PrintWriter out, Verbosity.Level level) {
            this.out = out;
            this.level = level;
        }

        @Override
        public void uploaded(String path, int done, int total) {
            if (level == Verbosity.Level.VERBOSE) {
                out.println(texts.get("publish.uploaded", done, total, path));
            }
        }

        @Override
        public void deleted(String path) {
            if (level == Verbosity.Level.VERBOSE) {
                out.println(texts.get("publish.deleted", path));
            }
        }
    }
}
