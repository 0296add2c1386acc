package de.tagungsband;

import de.tagungsband.i18n.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The drafts a build leaves out are named in one line, also by a build that finds nothing changed. */
class DraftsLineTest {

    @TempDir
    Path dir;

    @Test
    void draftsLeftOutAreListedInOneLine() {
        Path content = ContentFixture.minimal()
                .with("2020-testtag/podium.md", """
                        ---
                        title: "Podium"
                        kind: panel
                        order: 3
                        draft: true
                        ---
                        Noch nicht fertig.
                        """)
                .with("2020-testtag/abschluss.md", """
                        ---
                        title: "Abschluss"
                        kind: talk
                        order: 4
                        draft: true
                        ---
                        Noch nicht fertig.
                        """)
                .writeTo(dir.resolve("content"));
        BuildOptions options = BuildOptions.builder(content, dir.resolve("site")).templates(ContentFixture.templates())
                .proceedings(false).build();
        BuildResult first = Tagungsband.build(options);
        assertFalse(first.hasErrors(), first.diagnostics()::toString);
        String line = "2 Entwürfe nicht veröffentlicht: 2020-testtag/abschluss.md, 2020-testtag/podium.md (draft: true; "
                + "zu sehen mit tagungsband serve, veröffentlicht mit build --drafts)";
        assertEquals(Optional.of(line), first.draftsLine(Texts.german()));
        BuildResult unchanged = Tagungsband.build(options);
        assertEquals(0, unchanged.written().orElseThrow().written(), "nothing to do the second time");
        assertEquals(Optional.of(line), unchanged.draftsLine(Texts.german()));
        assertEquals(Optional.of("2 drafts not published: 2020-testtag/abschluss.md, 2020-testtag/podium.md (draft: true; "
                + "shown by tagungsband serve, published with build --drafts)"), first.draftsLine(Texts.of("en")));

        BuildResult all = Tagungsband.build(options.toBuilder().drafts(true).build());
        assertEquals(List.of(), all.drafts());
        assertEquals(Optional.empty(), all.draftsLine(Texts.german()));
    }
}
