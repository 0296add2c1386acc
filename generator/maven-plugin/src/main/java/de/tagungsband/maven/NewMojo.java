package de.tagungsband.maven;

import de.tagungsband.UsageException;
import de.tagungsband.i18n.Text;
import de.tagungsband.scaffold.Scaffold;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Path;

/**
 * Writes a new record with every field present and explained: {@code -Dtagungsband.kind=event
 * -Dtagungsband.title="…" -Dtagungsband.date=2026-05-12}, or {@code -Dtagungsband.kind=session
 * -Dtagungsband.event=2026-mein-fachtag -Dtagungsband.title="…"}. Never overwrites a file.
 */
@Mojo(name = "new", requiresProject = true, threadSafe = true)
public class NewMojo extends AbstractTagungsbandMojo {

    /** What to create: {@code event} or {@code session}. */
    @Parameter(property = "tagungsband.kind", required = true)
    String kind;

    /** The title; the file or folder name is made from it. */
    @Parameter(property = "tagungsband.title", required = true)
    String title;

    /** For an event: its day, year-month-day. */
    @Parameter(property = "tagungsband.date")
    String date;

    /** For a session: the event's folder, e.g. {@code 2026-mein-fachtag}. */
    @Parameter(property = "tagungsband.event")
    String event;

    @Override
    void run() {
        Path written = switch (kind) {
            case "event" -> Scaffold.newEvent(content.toPath(), title, require(date, "date", "2026-05-12"));
            case "session" -> Scaffold.newSession(content.toPath(), require(event, "event", "2026-mein-fachtag"), title);
            default -> throw new UsageException(Text.of("maven.kind", kind));
        };
        getLog().info(texts().get("maven.created", written));
    }

    private static String require(String value, String name, String example) {
        if (value == null || value.isBlank()) {
            throw new UsageException(Text.of("maven.require", name, example));
        }
        return value;
    }
}
