package de.tagungsband.pdf;

import de.tagungsband.citation.CitableWork;
import de.tagungsband.citation.Citations;
import de.tagungsband.digest.Fingerprint;
import de.tagungsband.model.Event;
import de.tagungsband.model.Input;
import de.tagungsband.pdf.VolumePlan.InputChapter;
import de.tagungsband.pdf.VolumePlan.SessionChapter;
import de.tagungsband.record.SiteConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The offprints (Sonderdrucke) of a set volume: each session with a text of its own and each input with its own
 * record, set alone from the same template, carrying the pages they have in the volume. An offprint whose print HTML
 * is the same as in the last build, and whose file is still there, is kept instead of being set again.
 */
public final class Offprints {

    /** What the last build left of an offprint made from exactly this print HTML, if anything. */
    public interface Previous {
        /** None: every offprint is set. */
        Previous NONE = (sitePath, html) -> Optional.empty();

        Optional<Download> kept(String sitePath, Fingerprint html);
    }

    /** An offprint of this build: its file, the fingerprint of its print HTML, and its bytes when it was set now. */
    public record Made(String pagePath, Download file, Fingerprint html, Optional<byte[]> pdf) {
    }

    private final VolumeSetter setter;
    private final SiteConfig site;
    private final Citations citations;
    private final byte[] folioFont;

    Offprints(VolumeSetter setter, SiteConfig site, byte[] folioFont) {
        this.setter = setter;
        this.site = site;
        this.citations = new Citations(site);
        this.folioFont = folioFont;
    }

    /** @param paragraphs the volume's paragraphs as set ({@link VolumeSetter.Set#paragraphs}) */
    List<Made> make(Layout layout, VolumeMetadata.Info volumeInfo, Previous previous, ParagraphSetter paragraphs) {
        List<Offprint> offprints = plan(layout);
        return offprints.parallelStream().map(offprint -> {
            String html = setter.html(layout.plan(), layout.pages(), offprint);
            Fingerprint fingerprint = Fingerprint.of(html);
            Optional<Download> kept = previous.kept(offprint.sitePath(), fingerprint);
            if (kept.isPresent()) {
                return new Made(offprint.pagePath(), kept.get(), fingerprint, Optional.<byte[]>empty());
            }
            VolumeMetadata.Info info = new VolumeMetadata.Info(offprint.title(),
                    String.join(", ", offprint.citation().authors().stream().map(n -> n.inverted()).toList()),
                    volumeInfo.subject(), volumeInfo.keywords(), volumeInfo.language());
            byte[] pdf = setter.offprint(html, offprint, info, folioFont, paragraphs);
            return new Made(offprint.pagePath(), new Download(offprint.sitePath(), pdf.length), fingerprint,
                    Optional.of(pdf));
        }).toList();
    }

    private List<Offprint> plan(Layout layout) {
        VolumePlan plan = layout.plan();
        Event event = plan.event();
        Optional<String> pdfPath = Optional.of(plan.sitePath());
        List<Offprint> offprints = new ArrayList<>();
        List<SessionChapter> sessions = plan.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            SessionChapter chapter = sessions.get(i);
            String next = i + 1 < sessions.size() ? VolumePlan.titleOf(sessions.get(i + 1).id())
                    : VolumePlan.titleOf(VolumePlan.CONTRIBUTORS);
            Optional<Integer> first = layout.pageOf(VolumePlan.titleOf(chapter.id()));
            if (first.isEmpty()) {
                continue;
            }
            int last = lastPageBefore(layout, next);
            if (!chapter.bodyHtml().isBlank()) {
                CitableWork citation = citations.session(chapter.session(), event, pdfPath);
                offprints.add(new Offprint(chapter.id(), chapter.session().title(), Optional.of(chapter),
                        Optional.empty(), range(layout, first.get(), last), folio(layout, first.get()), site.legal().imprint().town(),
                        citation.year(), citation, chapter.session().pagePath(), Offprint.sitePath(chapter.session().pagePath())));
            }
            for (InputChapter sub : chapter.inputs()) {
                Optional<Integer> subFirst = layout.pageOf(VolumePlan.titleOf(sub.id()));
                if (subFirst.isEmpty() || sub.bodyHtml().isBlank()) {
                    continue;
                }
                int subLast = Math.min(last, layout.blocks().entrySet().stream()
                        .filter(b -> b.getKey().startsWith(sub.id() + "-" + PrintBody.BLOCK_MARK))
                        .mapToInt(b -> b.getValue().last()).max().orElse(subFirst.get()));
                Input input = sub.input();
                String pagePath = input.pagePath().orElseThrow();
                CitableWork citation = citations.input(input, chapter.session(), event, pdfPath);
                offprints.add(new Offprint(sub.id(), input.title(), Optional.empty(), Optional.of(sub),
                        range(layout, subFirst.get(), Math.max(subFirst.get(), subLast)),
                        folio(layout, subFirst.get()), site.legal().imprint().town(), citation.year(), citation, pagePath,
                        Offprint.sitePath(pagePath)));
            }
        }
        return offprints;
    }

    /** The last page before the next chapter title (and the empty page a right-hand start puts before it). */
    private static int lastPageBefore(Layout layout, String nextTitle) {
        Optional<Integer> next = layout.pageOf(nextTitle);
        if (next.isEmpty()) {
            return layout.pages().textEnd() - 1;
        }
        return next.get() - 1 - (layout.pages().needsBlankBefore(nextTitle) ? 1 : 0);
    }

    private static String range(Layout layout, int first, int last) {
        String from = layout.pages().label(first);
        String to = layout.pages().label(last);
        return from.equals(to) ? from : from + "–" + to;
    }

    private static int folio(Layout layout, int page) {
        return Integer.parseInt(layout.pages().label(page));
    }
}
