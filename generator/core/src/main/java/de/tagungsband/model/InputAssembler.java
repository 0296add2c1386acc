package de.tagungsband.model;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;
import de.tagungsband.record.EventRecord;
import de.tagungsband.record.InlineInput;
import de.tagungsband.record.InputRecord;
import de.tagungsband.record.Located;
import de.tagungsband.record.SessionRecord;
import de.tagungsband.record.SpeakerRef;
import de.tagungsband.source.ContentSources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The inputs of one session: those listed in its front matter, in written order, merged with the input records
 * of their own by {@code order} (an input record with order N stands before the listed input at place N).
 */
final class InputAssembler {

    private final Registry registry;
    private final ContentSources sources;
    private final EventRecord event;
    private final Diagnostics diagnostics;
    private final Map<Path, String> pageBySource;
    private final Set<AssetCopy> assets;

    InputAssembler(Registry registry, ContentSources sources, EventRecord event, Diagnostics diagnostics,
                   Map<Path, String> pageBySource, Set<AssetCopy> assets) {
        this.registry = registry;
        this.sources = sources;
        this.event = event;
        this.diagnostics = diagnostics;
        this.pageBySource = pageBySource;
        this.assets = assets;
    }

    List<Input> inputs(SessionRecord session, List<InputRecord> records) {
        record Placed(int place, int tieBreak, Input input) {
        }
        List<Placed> placed = new ArrayList<>();
        List<InlineInput> inline = session.inputs();
        for (int i = 0; i < inline.size(); i++) {
            placed.add(new Placed(i + 1, 1, inline(session, inline.get(i))));
        }
        Map<Integer, InputRecord> orders = new HashMap<>();
        for (InputRecord record : records) {
            InputRecord first = orders.putIfAbsent(record.order().value(), record);
            if (first != null && record.order().value() != Integer.MAX_VALUE) {
                diagnostics.error(record.source().path(), record.order().line(), "order " + record.order().value()
                        + " is already taken by the input " + first.source().path().getFileName(),
                        "give each input of a session its own order");
            }
            placed.add(new Placed(record.order().value(), 0, own(record)));
        }
        return placed.stream()
                .sorted(Comparator.comparingInt(Placed::place).thenComparingInt(Placed::tieBreak))
                .map(Placed::input).toList();
    }

    private Input inline(SessionRecord session, InlineInput input) {
        Path file = session.source().path();
        Optional<String> slides = input.slides().flatMap(ref ->
                ContentFiles.resolve(sources, event.folder(), ref, file, "slides file", diagnostics)
                        .filter(contentPath -> notReserved(contentPath, ref, file))).map(this::asset);
        return new Input(input.title(), speakers(input.speakers(), file), Optional.empty(), slides,
                Optional.empty(), Optional.empty(), false);
    }

    private Input own(InputRecord record) {
        return new Input(record.title(), speakers(record.speakers(), record.source().path()),
                Optional.ofNullable(pageBySource.get(record.source().path())), Optional.empty(),
                Optional.of(record.source()), Optional.of(record.body()), false);
    }

    private boolean notReserved(Path contentPath, Located<String> ref, Path file) {
        String sitePath = SitePaths.asset(contentPath, event.year(), event.slug(), event.folder());
        if (SitePaths.reserved(sitePath)) {
            diagnostics.error(file, ref.line(), Text.of("reference.reserved", ref.value(), sitePath),
                    Text.of("reference.reserved.hint"));
            return false;
        }
        return true;
    }

    private String asset(Path contentPath) {
        String sitePath = SitePaths.asset(contentPath, event.year(), event.slug(), event.folder());
        assets.add(new AssetCopy(contentPath, sitePath));
        return sitePath;
    }

    private List<Speaker> speakers(List<SpeakerRef> refs, Path file) {
        return registry.speakers(refs, event.year(), file, diagnostics);
    }
}
