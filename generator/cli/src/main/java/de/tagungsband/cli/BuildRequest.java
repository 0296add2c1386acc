package de.tagungsband.cli;

import de.tagungsband.BuildOptions;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A build as the command line asked for it, with its folders resolved: what {@code build} runs in its own process
 * or sends to a build server.
 *
 * @param content the content folder, absolute
 * @param contentShown the content folder as given, to show diagnostics as {@code path:line} relative to it
 * @param templates the templates folder, absolute; {@code null} for the built-in templates
 * @param out the output folder, absolute
 * @param outShown the output folder as given, for the summary line
 */
record BuildRequest(Path content, String contentShown, Path templates, Path out, String outShown, boolean drafts,
                    boolean proceedings, Verbosity.Level level) {

    static BuildRequest of(FolderOptions folders, boolean drafts, boolean proceedings, Verbosity.Level level) {
        Path templates = folders.templatesOrDefault();
        return new BuildRequest(folders.content.toAbsolutePath().normalize(), folders.content.toString(),
                templates == null ? null : templates.toAbsolutePath().normalize(),
                folders.out.toAbsolutePath().normalize(), folders.out.toString(), drafts, proceedings, level);
    }

    /** The options of this build (keeping what it made beside the output: a request without cache is not sent). */
    BuildOptions options() {
        BuildOptions options = new BuildOptions(content, templates, out, drafts);
        return proceedings ? options : options.withoutProceedings();
    }

    BuildOptions options(Path templatesOfServer) {
        return templates == null ? options().withTemplates(templatesOfServer) : options();
    }

    void write(DataOutputStream data) throws IOException {
        data.writeUTF(content.toString());
        data.writeUTF(contentShown);
        data.writeUTF(templates == null ? "" : templates.toString());
        data.writeUTF(out.toString());
        data.writeUTF(outShown);
        data.writeBoolean(drafts);
        data.writeBoolean(proceedings);
        data.writeUTF(level.name());
    }

    static BuildRequest read(DataInputStream data) throws IOException {
        Path content = Path.of(data.readUTF());
        String contentShown = data.readUTF();
        String templates = data.readUTF();
        Path out = Path.of(data.readUTF());
        String outShown = data.readUTF();
        boolean drafts = data.readBoolean();
        boolean proceedings = data.readBoolean();
        Verbosity.Level level = Verbosity.Level.valueOf(data.readUTF());
        return new BuildRequest(content, contentShown, templates.isEmpty() ? null : Path.of(templates), out, outShown,
                drafts, proceedings, level);
    }
}
