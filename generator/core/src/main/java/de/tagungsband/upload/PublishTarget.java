package de.tagungsband.upload;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;
import de.tagungsband.record.YamlDocument;
import de.tagungsband.record.YamlFields;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Where {@code publish} uploads to, from {@code site.yaml}'s {@code publish:} group, each field replaced by the option
 * of the same name when one is given: {@code host}, {@code port} (22), {@code user} and {@code folder} for SFTP, or
 * {@code folder} alone for a plain folder (a network share). Never a password: that is asked for when needed.
 */
public record PublishTarget(Optional<String> host, int port, Optional<String> user, Optional<String> folder) {

    private static final Set<String> FIELDS = Set.of("host", "port", "user", "folder");

    /** The site.yaml's settings under the given options (each may be null: not given). */
    public static PublishTarget of(Path content, String host, Integer port, String user, String folder) {
        PublishTarget site = ofSite(content.resolve("site.yaml"));
        return new PublishTarget(Optional.ofNullable(host).or(site::host), port != null ? port : site.port(),
                Optional.ofNullable(user).or(site::user), Optional.ofNullable(folder).or(site::folder));
    }

    public boolean isSftp() {
        return host.isPresent();
    }

    /** The folder to publish into: required in either case. */
    public String requireFolder() {
        return folder.orElseThrow(() -> new UploadException(Text.of("upload.noFolder")));
    }

    public String requireUser() {
        return user.orElseThrow(() -> new UploadException(Text.of("upload.noUser", host.orElse(""))));
    }

    private static PublishTarget ofSite(Path siteYaml) {
        PublishTarget none = new PublishTarget(Optional.empty(), 22, Optional.empty(), Optional.empty());
        if (!Files.isRegularFile(siteYaml)) {
            return none;
        }
        try {
            Diagnostics ignored = new Diagnostics();
            Optional<YamlFields> group = YamlDocument.parseMapping(Files.readString(siteYaml, StandardCharsets.UTF_8),
                    Path.of("site.yaml"), 1, ignored).flatMap(site -> site.mapping("publish", "publish: mit host:, user: und folder:"));
            if (group.isEmpty()) {
                return none;
            }
            YamlFields publish = group.get();
            publish.rejectUnknown(FIELDS);
            return new PublishTarget(publish.string("host"), publish.integer("port").orElse(22), publish.string("user"),
                    publish.string("folder"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
