package de.tagungsband;

import de.tagungsband.BuildListener.Stage;
import de.tagungsband.cache.BuildState;
import de.tagungsband.digest.Fingerprint;
import de.tagungsband.digest.ViewDigest;
import de.tagungsband.epub.EpubBuilder;
import de.tagungsband.html.PageRenderer;
import de.tagungsband.i18n.Text;
import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.model.AssetCopy;
import de.tagungsband.model.Event;
import de.tagungsband.pdf.Download;
import de.tagungsband.pdf.Offprints;
import de.tagungsband.pdf.Proceedings;
import de.tagungsband.pdf.PdfX;
import de.tagungsband.pdf.PrintEdition;
import de.tagungsband.pdf.ProceedingsBuilder;
import de.tagungsband.record.PrintSettings;
import de.tagungsband.publish.Output;
import de.tagungsband.source.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Stage 5, the proceedings volumes and what is made from each as it was set: the PDF, its offprints and the EPUB.
 * A volume whose content did not change since the last build is kept with all its files; of a volume set again, an
 * offprint whose print HTML is the same as before is kept too (a change to one session redoes the volume, the EPUB
 * and that session's offprint, and the offprints after it only when their page numbers moved). They come before the
 * pages, which name the page where each session starts in its volume.
 */
final class VolumeStage {

    private VolumeStage() {
    }

    static Map<String, BuildState.Volume> make(Prepared prepared, PageRenderer renderer, Output output,
                                               BuildState previous, Fingerprint setup, ViewDigest digest,
                                               StageClock clock) {
        Map<String, BuildState.Volume> volumes = new TreeMap<>();
        Map<Event, Fingerprint> toBuild = new LinkedHashMap<>();
        Optional<byte[]> profile = outputProfile(prepared);
        Fingerprint made = profile.map(bytes -> setup.combine(Fingerprint.of(bytes))).orElse(setup);
        for (Event event : prepared.model().events()) {
            if (event.volume().documentation().isPresent()) {
                documentation(event, prepared, output).ifPresent(p -> volumes.put(event.pagePath(),
                        new BuildState.Volume(made, p, Map.of())));
                continue;
            }
            if (!event.volume().generated()) {
                continue;
            }
            Fingerprint input = made.combine(volumeInput(event, prepared, digest));
            BuildState.Volume before = previous.volumes().get(event.pagePath());
            if (before != null && before.input().equals(input)
                    && before.proceedings().files().stream().allMatch(output::intact)) {
                before.proceedings().files().forEach(output::keep);
                volumes.put(event.pagePath(), before);
            } else {
                toBuild.put(event, input);
            }
        }
        Offprints.Previous kept = (sitePath, html) -> keptOffprint(previous, output, sitePath, setup.combine(html));
        List<ProceedingsBuilder.Volume> built = new ProceedingsBuilder(prepared.model(), prepared.bodies(), renderer,
                prepared.messages(), prepared.sources().root())
                .build(List.copyOf(toBuild.keySet()), prepared.diagnostics(), kept, profile);
        EpubBuilder epubs = new EpubBuilder(prepared.model().site(), prepared.messages(), prepared.sources().root());
        built.parallelStream().map(volume -> {
            output.write(volume.proceedings().sitePath(), volume.pdf());
            Map<String, Fingerprint> offprints = new TreeMap<>();
            for (Offprints.Made offprint : volume.offprints()) {
                offprint.pdf().ifPresent(pdf -> output.write(offprint.file().sitePath(), pdf));
                offprints.put(offprint.file().sitePath(), setup.combine(offprint.html()));
            }
            volume.printEdition().ifPresent(print -> {
                output.write(PrintEdition.bookBlockPath(volume.event()), print.bookBlock());
                output.write(PrintEdition.coverPath(volume.event()), print.cover());
            });
            byte[] epub = epubs.build(volume.layout(), volume.pdf());
            String epubPath = EpubBuilder.sitePath(volume.event());
            output.write(epubPath, epub);
            return Map.entry(volume.event().pagePath(), new BuildState.Volume(toBuild.get(volume.event()),
                    volume.proceedings().withEpub(new Download(epubPath, epub.length)), offprints));
        }).toList().forEach(volume -> volumes.put(volume.getKey(), volume.getValue()));
        clock.finished(Stage.PROCEEDINGS, built.size());
        return volumes;
    }

    /**
     * An event's own documentation PDF ({@code proceedings: dokumentation.pdf}), published under its own file name
     * beside the event's page and linked as a generated volume would be; its pages counted for the links.
     */
    private static Optional<Proceedings> documentation(Event event, Prepared prepared, Output output) {
        Path pdf = event.volume().documentation().orElseThrow();
        try {
            byte[] bytes = Files.readAllBytes(prepared.sources().root().resolve(pdf));
            int pages;
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
                pages = document.getNumberOfPages();
            }
            String sitePath = event.pagePath() + pdf.getFileName().toString();
            output.write(sitePath, bytes);
            return Optional.of(new Proceedings(sitePath, pages, bytes.length, Map.of()));
        } catch (IOException e) {
            prepared.diagnostics().error(event.record().source().path(), event.record().proceedings().get().line(),
                    Text.of("volume.unreadablePdf", pdf.getFileName()), Text.of("volume.unreadablePdf.fix"));
            return Optional.empty();
        }
    }

    /**
     * The print shop's ICC profile named in site.yaml's {@code print:}, when it is a CMYK output profile; without one
     * the build says so in one line and makes no print edition.
     */
    private static Optional<byte[]> outputProfile(Prepared prepared) {
        Optional<PrintSettings> print = prepared.model().site().print();
        if (print.isEmpty()) {
            return Optional.empty();
        }
        Path siteFile = prepared.sources().siteFile().map(SourceFile::path).orElse(Path.of("site.yaml"));
        int line = print.get().line();
        if (print.get().outputProfile().isEmpty()) {
            prepared.diagnostics().warning(siteFile, line, "print: has no output_profile, so no print edition is made",
                    "ask the print shop for its ICC profile (e.g. ISOcoated_v2_300_eci.icc), put it into the content "
                            + "folder and name it as output_profile: under print:");
            return Optional.empty();
        }
        Path file = prepared.sources().root().resolve(print.get().outputProfile().get());
        try {
            byte[] profile = Files.readAllBytes(file);
            if (PdfX.isCmykOutputProfile(profile)) {
                return Optional.of(profile);
            }
            prepared.diagnostics().error(siteFile, line, "print.output_profile " + print.get().outputProfile().get()
                    + " is no ICC output profile for CMYK", "ask the print shop for the profile of its press and paper "
                    + "(a CMYK output profile, .icc or .icm)");
        } catch (IOException e) {
            prepared.diagnostics().error(siteFile, line, "print.output_profile " + print.get().outputProfile().get()
                    + " cannot be read (" + e.getClass().getSimpleName() + ")",
                    "put the print shop's ICC profile at that place in the content folder, or correct the path");
        }
        return Optional.empty();
    }

    /** The offprint the last build made from the same print HTML, kept when its file is still there. */
    private static Optional<Download> keptOffprint(BuildState previous, Output output, String sitePath,
                                                   Fingerprint made) {
        for (BuildState.Volume volume : previous.volumes().values()) {
            if (made.equals(volume.offprints().get(sitePath)) && output.intact(sitePath)) {
                Optional<Download> file = volume.proceedings().offprints().values().stream()
                        .filter(d -> d.sitePath().equals(sitePath)).findFirst();
                file.ifPresent(d -> output.keep(sitePath));
                return file;
            }
        }
        return Optional.empty();
    }

    /**
     * The event with all it holds, its records' texts (by hash) and rendered bodies, and the bytes of the images
     * they show.
     */
    private static Fingerprint volumeInput(Event event, Prepared prepared, ViewDigest digest) {
        List<Object> parts = new ArrayList<>();
        parts.add(event);
        List<SourceFile> records = Stream.concat(Stream.of(event.record().source()), event.sessions().stream()
                .flatMap(s -> Stream.concat(Stream.of(s.record().source()), s.inputs().stream()
                        .flatMap(i -> i.source().stream())))).toList();
        for (SourceFile record : records) {
            parts.add(record.hash());
            RenderedMarkdown body = prepared.bodies().get(record.path());
            if (body != null) {
                parts.add(body);
                body.assets().stream().sorted(Comparator.comparing(AssetCopy::sitePath)).forEach(asset ->
                        parts.add(fileContent(prepared.sources().root().resolve(asset.contentPath()))));
            }
        }
        return digest.of(parts);
    }

    private static String fileContent(Path file) {
        try {
            Fingerprint content = Fingerprint.of(Files.readAllBytes(file));
            return content.high() + ":" + content.low();
        } catch (IOException e) {
            return "missing";
        }
    }
}
