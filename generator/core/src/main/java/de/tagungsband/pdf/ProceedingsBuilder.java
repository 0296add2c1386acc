package de.tagungsband.pdf;

import de.tagungsband.i18n.Text;
import de.tagungsband.diagnostic.Diagnostics;
import de.tagungsband.html.PageRenderer;
import de.tagungsband.i18n.Messages;
import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.model.Event;
import de.tagungsband.model.Person;
import de.tagungsband.model.SiteModel;
import de.tagungsband.pdf.VolumePlan.InputChapter;
import de.tagungsband.pdf.VolumePlan.SessionChapter;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Stage 5a, the entry point: one proceedings volume per event, the volumes set in parallel. Runs before the HTML
 * pages are planned, so that they can link to the page where each chapter starts.
 */
public final class ProceedingsBuilder {

    /**
     * A finished volume: its bytes, what the HTML pages say about it, and where everything landed (for the other
     * forms of the same volume, which carry its page numbers).
     */
    public record Volume(Event event, byte[] pdf, Proceedings proceedings, Layout layout,
                         List<Offprints.Made> offprints, Optional<PrintEdition.Files> printEdition) {
    }

    private final SiteModel model;
    private final Map<Path, RenderedMarkdown> bodies;
    private final PageRenderer renderer;
    private final Messages messages;
    private final Path contentRoot;

    public ProceedingsBuilder(SiteModel model, Map<Path, RenderedMarkdown> bodies, PageRenderer renderer,
                              Messages messages, Path contentRoot) {
        this.model = model;
        this.bodies = bodies;
        this.renderer = renderer;
        this.messages = messages;
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
    }

    /** Every event's volume; a volume the engine cannot lay out is an error on its event.md, not a crash. */
    public List<Volume> buildAll(Diagnostics diagnostics) {
        return build(model.events(), diagnostics, Offprints.Previous.NONE, Optional.empty());
    }

    /**
     * The volumes of {@code events} (of this model), set in parallel, with their offprints (those the last build
     * left as they would be made now are kept), and the print shop's edition when site.yaml asks for it and names
     * the print shop's profile ({@code outputProfile}, checked to be a CMYK output profile).
     */
    public List<Volume> build(List<Event> events, Diagnostics diagnostics, Offprints.Previous previous,
                              Optional<byte[]> outputProfile) {
        if (events.isEmpty()) {
            return List.of();
        }
        BookFonts fonts = BookFonts.load();
        PdfEngine engine = new PdfEngine(fonts);
        VolumePlanner planner = new VolumePlanner(model.site().baseUrl(), contentRoot, bodies, messages.locale());
        VolumeSetter setter = new VolumeSetter(renderer, engine, model.site(),
                contentRoot.toAbsolutePath().normalize().toUri().toString());
        Offprints offprints = new Offprints(setter, model.site(), fonts.sansRegular());
        Optional<PrintEdition> print = model.site().print().flatMap(settings ->
                outputProfile.map(profile -> new PrintEdition(settings, profile, fonts, model.site())));
        return events.parallelStream().flatMap(event -> {
            try {
                return java.util.stream.Stream.of(build(event, planner, setter, offprints, previous, print, diagnostics));
            } catch (RuntimeException e) {
                diagnostics.error(event.record().source().path(), 1, Text.of("volume.failed",
                        e.getClass().getSimpleName() + ": " + e.getMessage()), Text.of("volume.failed.fix"));
                return java.util.stream.Stream.empty();
            }
        }).toList();
    }

    private Volume build(Event event, VolumePlanner planner, VolumeSetter setter, Offprints offprints,
                         Offprints.Previous previous, Optional<PrintEdition> print, Diagnostics diagnostics) {
        VolumePlan plan = planner.plan(event, Hyphenation.forLanguage(model.site().language()));
        VolumeMetadata.Info info = info(plan);
        VolumeSetter.Set set = setter.set(plan, info);
        Pagination pages = set.pagination();
        Map<String, PageRef> starts = new LinkedHashMap<>();
        for (SessionChapter chapter : plan.sessions()) {
            pages.ref(VolumePlan.titleOf(chapter.id())).ifPresent(ref -> starts.put(chapter.session().pagePath(), ref));
            for (InputChapter sub : chapter.inputs()) {
                pages.ref(VolumePlan.titleOf(sub.id())).ifPresent(ref -> starts.put(sub.input().pagePath().orElseThrow(), ref));
            }
        }
        Layout layout = new Layout(plan, pages, set.blocks());
        List<Offprints.Made> made = offprints.make(layout, info, previous, set.paragraphs());
        Map<String, Download> files = new LinkedHashMap<>();
        made.forEach(offprint -> files.put(offprint.pagePath(), offprint.file()));
        Optional<PrintEdition.Files> printFiles = print.map(edition -> edition.make(layout, set.pdf()));
        printFiles.ifPresent(edition -> {
            PictureWarnings.report(layout, set.pdf(), diagnostics);
            preflight(event, PrintEdition.bookBlockPath(event), edition.bookBlock(), diagnostics);
            preflight(event, PrintEdition.coverPath(event), edition.cover(), diagnostics);
        });
        List<Download> printDownloads = printFiles.map(f -> List.of(
                new Download(PrintEdition.bookBlockPath(event), f.bookBlock().length),
                new Download(PrintEdition.coverPath(event), f.cover().length))).orElse(List.of());
        return new Volume(event, set.pdf(),
                new Proceedings(plan.sitePath(), pages.pageCount(), set.pdf().length, Map.copyOf(starts))
                        .withOffprints(files).withPrintEdition(printDownloads), layout, made, printFiles);
    }

    /** The print files are checked against PDF/X-4 as they are made; a finding is tagungsband's fault, not the editor's. */
    private static void preflight(Event event, String sitePath, byte[] pdf, Diagnostics diagnostics) {
        List<PdfXCheck.Finding> findings = PdfXCheck.of(pdf);
        if (!findings.isEmpty()) {
            diagnostics.warning(event.record().source().path(), 1, Text.of("print.preflight",
                    sitePath.substring(sitePath.lastIndexOf('/') + 1), findings.stream().map(Object::toString)
                            .collect(Collectors.joining("; "))), Text.of("print.preflight.fix"));
        }
    }

    private VolumeMetadata.Info info(VolumePlan plan) {
        Event event = plan.event();
        List<Person> editors = event.editors().isEmpty() ? event.organiser().stream().toList() : event.editors();
        String author = editors.isEmpty() ? model.site().publisher()
                : editors.stream().map(Person::name).collect(Collectors.joining(", "));
        String subject = event.record().kind().or(() -> model.site().eventKind())
                .map(kind -> messages.get("volume.subjectKind").replace("{0}", kind))
                .orElse(messages.get("volume.subject")) + " „" + event.title() + "“ (" + event.year() + ")";
        return new VolumeMetadata.Info(event.fullTitle(), author, subject, plan.keywords(), model.site().language());
    }
}
