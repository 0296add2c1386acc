package de.tagungsband.model;

import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.i18n.Text;
import de.tagungsband.record.EventRecord;
import de.tagungsband.record.InlineInput;
import de.tagungsband.record.InputRecord;
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
    private final Attachments attachments;

    InputAssembler(Registry registry, ContentSources sources, EventRecord event, Diagnostics diagnostics,
                   Map<Path, String> pageBySource, Attachments attachments) {
        this.registry = registry;
        this.sources = sources;
        this.event = event;
        this.diagnostics = diagnostics;
        this.pageBySource = pageBySource;
        this.attachments = attachments;
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
                boolean copy = CopiedFiles.isCopy(sources.root(), record.source().path(), first.source().path());
                InputRecord shown = copy ? record : first;
                int free = records.stream().mapToInt(r -> r.order().value()).filter(o -> o != Integer.MAX_VALUE).max().orElse(0) + 1;
                diagnostics.error(shown.source().path(), shown.order().line(), Text.of("input.orderTaken",
                        record.order().value(), (copy ? first : record).source().path().getFileName()),
                        Text.of("input.orderTaken.fix", free));
            }
            placed.add(new Placed(record.order().value(), 0, own(record)));
        }
        return placed.stream()
                .sorted(Comparator.comparingInt(Placed::place).thenComparingInt(Placed::tieBreak))
                .map(Placed::input).toList();
    }

    private Input inline(SessionRecord session, InlineInput input) {
        Path file = session.source().path();
        Optional<String> slides = input.slides().flatMap(ref -> attachments.publish(ref, file, "what.slides"));
        return new Input(input.title(), speakers(input.speakers(), file), Optional.empty(), slides,
                attachments.documents(input.documents(), file), Optional.empty(), Optional.empty(), false);
    }

    private Input own(InputRecord record) {
        return new Input(record.title(), speakers(record.speakers(), record.source().path()),
                Optional.ofNullable(pageBySource.get(record.source().path())), Optional.empty(),
                attachments.documents(record.documents(), record.source().path()),
                Optional.of(record.source()), Optional.of(record.body()), false);
    }

    private List<Speaker> speakers(List<SpeakerRef> refs, Path file) {
        return registry.speakers(refs, event.year(), file, diagnostics);
    }
}
