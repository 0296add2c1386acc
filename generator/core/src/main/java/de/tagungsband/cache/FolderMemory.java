package de.tagungsband.cache;

import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.digest.Fingerprint;
import de.tagungsband.markdown.BodyRenderer.BodyMemory;
import de.tagungsband.diagnostic.Reported;
import de.tagungsband.markdown.BodyHtml;
import de.tagungsband.markdown.RenderedMarkdown;
import de.tagungsband.model.AssetCopy;
import de.tagungsband.pdf.Download;
import de.tagungsband.pdf.PageRef;
import de.tagungsband.pdf.Proceedings;
import de.tagungsband.publish.OutputManifest;
import de.tagungsband.publish.OutputManifest.OutputFile;
import de.tagungsband.publish.OutputStamps;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A build memory in a folder beside the output ({@code .site.cache} for {@code site}): the state of the last build
 * in one file, and the rendered bodies in a few pack files ({@link BodyPack}), found by the fingerprint of their
 * input, so that a build reads only the bodies it needs and writes only new ones. Anything unreadable (another version's format, a cut file) counts as
 * not remembered: the cache can always be deleted. Writing it is best effort too: where it cannot be written (a
 * read-only disk) builds just do not reuse anything, and the output folder decides whether the build succeeds.
 */
public final class FolderMemory implements BuildMemory, BodyMemory {

    private static final int FORMAT = 6;
    private final Path folder;
    private final BodyPack bodies;

    private FolderMemory(Path folder) {
        this.folder = folder;
        this.bodies = new BodyPack(folder.resolve("bodies"));
    }

    /** The memory of builds into {@code out}. */
    public static FolderMemory beside(Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        return new FolderMemory(absolute.resolveSibling("." + absolute.getFileName() + ".cache"));
    }

    public Path folder() {
        return folder;
    }

    @Override
    public BuildState recall() {
        bodies.restore(Map.of());
        try (DataInputStream in = open(folder.resolve("state"))) {
            return in == null ? BuildState.EMPTY : readState(in);
        } catch (IOException | RuntimeException e) {
            return BuildState.EMPTY;
        }
    }

    @Override
    public Optional<BuildState.Outcome> outcome(Fingerprint inputs) {
        try (DataInputStream in = open(folder.resolve("state"))) {
            return in == null ? Optional.empty() : readOutcome(in, inputs);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public BodyMemory bodies() {
        return this;
    }

    @Override
    public Optional<Reported<RenderedMarkdown>> recall(Fingerprint input) {
        try {
            Optional<byte[]> bytes = bodies.read(input);
            return bytes.isEmpty() ? Optional.empty()
                    : Optional.of(readBody(new DataInputStream(new ByteArrayInputStream(bytes.get()))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void remember(Fingerprint input, Reported<RenderedMarkdown> body) {
        try {
            bodies.write(input, bytes(body));
        } catch (IOException | UncheckedIOException e) {
            // not remembered: the next build renders this body again
        }
    }

    @Override
    public void keep(BuildState state) {
        try {
            Files.createDirectories(folder);
            Map<Fingerprint, BodyPack.Location> index = bodies.settle();
            writeAtomically(folder.resolve("state"), out -> writeState(out, state, index));
        } catch (IOException e) {
            // the previous state stays; its fingerprints no longer match the output, so nothing wrong is reused
        }
    }

    @Override
    public void buildEnded() {
        bodies.close();
    }

    private interface Writing {
        void to(DataOutputStream out) throws IOException;
    }

    private static void writeAtomically(Path file, Writing writing) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new-" + Thread.currentThread().getId());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
            writing.to(out);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        try {
            return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static byte[] bytes(Reported<RenderedMarkdown> body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.value().html().utf8().length
                + body.value().textUtf8().length + 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeBody(out, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from memory
        }
        return bytes.toByteArray();
    }

    private static void writeBody(DataOutputStream out, Reported<RenderedMarkdown> body) throws IOException {
        RenderedMarkdown rendered = body.value();
        Codec.bytes(out, rendered.html().utf8());
        Codec.string(out, rendered.summary());
        Codec.bytes(out, rendered.textUtf8());
        out.writeInt(rendered.assets().size());
        for (AssetCopy asset : rendered.assets()) {
            Codec.string(out, asset.contentPath().toString());
            Codec.string(out, asset.sitePath());
        }
        Codec.diagnostics(out, body.diagnostics());
    }

    private static Reported<RenderedMarkdown> readBody(DataInputStream in) throws IOException {
        BodyHtml html = new BodyHtml(Codec.bytes(in));
        String summary = Codec.string(in);
        byte[] text = Codec.bytes(in);
        int count = in.readInt();
        Set<AssetCopy> assets = new HashSet<>();
        for (int i = 0; i < count; i++) {
            assets.add(new AssetCopy(Path.of(Codec.string(in)), Codec.string(in)));
        }
        return new Reported<>(new RenderedMarkdown(html, summary, text, Set.copyOf(assets)), Codec.diagnostics(in));
    }

    /**
     * The state in two parts: the head is the {@link BuildState.Outcome} (inputs first, so that a build with other
     * inputs stops reading there), the rest what a build that has work to do needs besides.
     */
    private static void writeState(DataOutputStream out, BuildState state, Map<Fingerprint, BodyPack.Location> bodies)
            throws IOException {
        out.writeInt(FORMAT);
        Codec.fingerprint(out, state.inputs());
        out.writeInt(state.records());
        out.writeInt(state.pageCount());
        Codec.diagnostics(out, state.warnings());
        out.writeInt(state.drafts().size());
        for (String draft : state.drafts()) {
            Codec.string(out, draft);
        }
        OutputStamps stamps = state.outputs().stamps();
        stamps.write(out);
        for (int i = 0; i < stamps.count(); i++) {
            Codec.fingerprint(out, state.outputs().files().get(stamps.path(i)).content());
        }
        out.writeInt(state.pages().size());
        for (Map.Entry<String, Fingerprint> e : state.pages().entrySet()) {
            Codec.string(out, e.getKey());
            Codec.fingerprint(out, e.getValue());
        }
        out.writeInt(state.volumes().size());
        for (Map.Entry<String, BuildState.Volume> e : state.volumes().entrySet()) {
            Codec.string(out, e.getKey());
            Codec.fingerprint(out, e.getValue().input());
            Proceedings p = e.getValue().proceedings();
            Codec.string(out, p.sitePath());
            out.writeInt(p.pageCount());
            out.writeLong(p.byteSize());
            out.writeInt(p.startPages().size());
            for (Map.Entry<String, PageRef> start : p.startPages().entrySet()) {
                Codec.string(out, start.getKey());
                out.writeInt(start.getValue().page());
                Codec.string(out, start.getValue().label());
            }
            out.writeBoolean(p.epub().isPresent());
            if (p.epub().isPresent()) {
                download(out, p.epub().get());
            }
            out.writeInt(p.offprints().size());
            for (Map.Entry<String, Download> offprint : p.offprints().entrySet()) {
                Codec.string(out, offprint.getKey());
                download(out, offprint.getValue());
            }
            out.writeInt(p.printEdition().size());
            for (Download file : p.printEdition()) {
                download(out, file);
            }
            out.writeInt(e.getValue().offprints().size());
            for (Map.Entry<String, Fingerprint> offprint : e.getValue().offprints().entrySet()) {
                Codec.string(out, offprint.getKey());
                Codec.fingerprint(out, offprint.getValue());
            }
        }
        writeBodyIndex(out, bodies);
    }

    private static void download(DataOutputStream out, Download file) throws IOException {
        Codec.string(out, file.sitePath());
        out.writeLong(file.byteSize());
    }

    private static Download download(DataInputStream in) throws IOException {
        return new Download(Codec.string(in), in.readLong());
    }

    /** Where each body lies: the packs' names once, then per body its input, pack, place, length and checksum. */
    private static void writeBodyIndex(DataOutputStream out, Map<Fingerprint, BodyPack.Location> bodies)
            throws IOException {
        List<String> packs = bodies.values().stream().map(BodyPack.Location::pack).distinct().sorted().toList();
        Map<String, Integer> packNumbers = new HashMap<>();
        out.writeInt(packs.size());
        for (String pack : packs) {
            packNumbers.put(pack, packNumbers.size());
            Codec.string(out, pack);
        }
        out.writeInt(bodies.size());
        for (Map.Entry<Fingerprint, BodyPack.Location> body : bodies.entrySet()) {
            BodyPack.Location location = body.getValue();
            Codec.fingerprint(out, body.getKey());
            out.writeInt(packNumbers.get(location.pack()));
            out.writeLong(location.offset());
            out.writeInt(location.length());
            out.writeLong(location.checksum());
        }
    }

    private static Map<Fingerprint, BodyPack.Location> readBodyIndex(DataInputStream in) throws IOException {
        int packCount = in.readInt();
        List<String> packs = new ArrayList<>();
        for (int i = 0; i < packCount; i++) {
            packs.add(Codec.string(in));
        }
        int count = in.readInt();
        Map<Fingerprint, BodyPack.Location> bodies = new HashMap<>();
        for (int i = 0; i < count; i++) {
            Fingerprint input = Codec.fingerprint(in);
            bodies.put(input, new BodyPack.Location(packs.get(in.readInt()), in.readLong(), in.readInt(),
                    in.readLong()));
        }
        return bodies;
    }

    /** The head of the state if it was written by this format from {@code inputs} (any inputs for null). */
    private static Optional<BuildState.Outcome> readOutcome(DataInputStream in, Fingerprint inputs) throws IOException {
        if (in.readInt() != FORMAT) {
            return Optional.empty();
        }
        Fingerprint madeFrom = Codec.fingerprint(in);
        if (inputs != null && !inputs.equals(madeFrom)) {
            return Optional.empty();
        }
        int records = in.readInt();
        int pageCount = in.readInt();
        List<Diagnostic> warnings = Codec.diagnostics(in);
        int draftCount = in.readInt();
        List<String> drafts = new ArrayList<>(draftCount);
        for (int i = 0; i < draftCount; i++) {
            drafts.add(Codec.string(in));
        }
        return Optional.of(new BuildState.Outcome(madeFrom, OutputStamps.read(in), records, pageCount, warnings, drafts));
    }

    private BuildState readState(DataInputStream in) throws IOException {
        Optional<BuildState.Outcome> head = readOutcome(in, null);
        if (head.isEmpty()) {
            return BuildState.EMPTY;
        }
        BuildState.Outcome outcome = head.get();
        OutputStamps stamps = outcome.outputs();
        Map<String, OutputFile> outputs = new HashMap<>(stamps.count() * 2);
        for (int i = 0; i < stamps.count(); i++) {
            outputs.put(stamps.path(i), new OutputFile(Codec.fingerprint(in), stamps.size(i), stamps.modified(i)));
        }
        int pageCount = in.readInt();
        Map<String, Fingerprint> pages = new HashMap<>(pageCount * 2);
        for (int i = 0; i < pageCount; i++) {
            pages.put(Codec.string(in), Codec.fingerprint(in));
        }
        int volumeCount = in.readInt();
        Map<String, BuildState.Volume> volumes = new HashMap<>();
        for (int i = 0; i < volumeCount; i++) {
            String event = Codec.string(in);
            Fingerprint input = Codec.fingerprint(in);
            String sitePath = Codec.string(in);
            int volumePages = in.readInt();
            long bytes = in.readLong();
            int startCount = in.readInt();
            Map<String, PageRef> starts = new LinkedHashMap<>();
            for (int j = 0; j < startCount; j++) {
                starts.put(Codec.string(in), new PageRef(in.readInt(), Codec.string(in)));
            }
            Optional<Download> epub = in.readBoolean() ? Optional.of(download(in)) : Optional.empty();
            int offprintCount = in.readInt();
            Map<String, Download> offprints = new HashMap<>();
            for (int j = 0; j < offprintCount; j++) {
                offprints.put(Codec.string(in), download(in));
            }
            int printCount = in.readInt();
            List<Download> printEdition = new ArrayList<>();
            for (int j = 0; j < printCount; j++) {
                printEdition.add(download(in));
            }
            int madeCount = in.readInt();
            Map<String, Fingerprint> offprintInputs = new HashMap<>();
            for (int j = 0; j < madeCount; j++) {
                offprintInputs.put(Codec.string(in), Codec.fingerprint(in));
            }
            volumes.put(event, new BuildState.Volume(input, new Proceedings(sitePath, volumePages, bytes, starts, epub,
                    offprints, printEdition), offprintInputs));
        }
        bodies.restore(readBodyIndex(in));
        return new BuildState(outcome.inputs(), new OutputManifest(outputs), pages, volumes, outcome.records(),
                outcome.pageCount(), outcome.warnings(), outcome.drafts());
    }
}
