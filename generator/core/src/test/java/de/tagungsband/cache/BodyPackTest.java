package de.tagungsband.cache;

import de.tagungsband.digest.Fingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bodies written by one build are read by the next from the index its state kept; garbage and small packs are
 * merged away; a damaged pack reads as not remembered.
 */
class BodyPackTest {

    @TempDir
    Path dir;

    @Test
    void aBuildReadsWhatTheLastOneWrote() throws IOException {
        BodyPack first = new BodyPack(dir);
        for (int i = 0; i < 100; i++) {
            first.write(input(i), body(i));
        }
        Map<Fingerprint, BodyPack.Location> index = first.settle();
        assertEquals(100, index.size());
        assertEquals(1, packs().size(), "one pack per build");

        BodyPack next = new BodyPack(dir);
        next.restore(index);
        for (int i = 0; i < 100; i++) {
            assertArrayEquals(body(i), next.read(input(i)).orElseThrow(), "body " + i);
        }
        assertEquals(Optional.empty(), next.read(input(100)), "never written");
    }

    @Test
    void onlyTheBodiesABuildUsedAreKept() throws IOException {
        BodyPack pack = new BodyPack(dir);
        IntStream.range(0, 10).forEach(i -> write(pack, i));
        pack.restore(pack.settle());
        pack.read(input(3));
        write(pack, 10);

        Map<Fingerprint, BodyPack.Location> index = pack.settle();

        assertEquals(Set.of(input(3), input(10)), index.keySet());
    }

    @Test
    void packsThatHoldMostlyGarbageAreMergedIntoOne() throws IOException {
        BodyPack pack = new BodyPack(dir);
        IntStream.range(0, 400).forEach(i -> write(pack, i)); // about 4 MB
        pack.restore(pack.settle());
        pack.read(input(7));
        write(pack, 400);
        long before = packBytes();

        Map<Fingerprint, BodyPack.Location> index = pack.settle();

        assertEquals(1, packs().size(), "the two packs merged");
        assertTrue(packBytes() < before / 100, "garbage gone: " + packBytes() + " of " + before + " bytes left");
        BodyPack next = new BodyPack(dir);
        next.restore(index);
        assertArrayEquals(body(7), next.read(input(7)).orElseThrow());
        assertArrayEquals(body(400), next.read(input(400)).orElseThrow());
    }

    @Test
    void manySmallPacksAreMergedIntoOneBesideTheLargest() throws IOException {
        BodyPack pack = new BodyPack(dir);
        IntStream.range(0, 400).forEach(i -> write(pack, i));
        pack.restore(pack.settle());
        for (int build = 0; build < 12; build++) { // a build per saved text, each keeping all others
            IntStream.range(0, 400).forEach(i -> pack.read(input(i)));
            IntStream.range(1000, 1000 + build).forEach(i -> pack.read(input(i)));
            write(pack, 1000 + build);
            pack.restore(pack.settle());
            assertTrue(packs().size() <= 9, "build " + build + ": " + packs().size() + " packs");
        }
        IntStream.range(0, 400).forEach(i -> assertArrayEquals(body(i), pack.read(input(i)).orElseThrow()));
        IntStream.range(0, 12).forEach(b -> assertArrayEquals(body(1000 + b), pack.read(input(1000 + b)).orElseThrow()));
    }

    @Test
    void aPackNoStateNamesIsDeleted() throws IOException {
        BodyPack killed = new BodyPack(dir);
        write(killed, 1); // a build killed before it kept its state: its pack is named nowhere
        BodyPack next = new BodyPack(dir);
        write(next, 2);

        next.settle();

        assertEquals(1, packs().size());
    }

    @Test
    void aDamagedBodyIsNotRemembered() throws IOException {
        BodyPack pack = new BodyPack(dir);
        write(pack, 1);
        write(pack, 2);
        Map<Fingerprint, BodyPack.Location> index = pack.settle();
        Path file = packs().iterator().next();
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) index.get(input(1)).offset() + 5] ^= 1;
        Files.write(file, bytes);

        pack.restore(index);

        assertEquals(Optional.empty(), pack.read(input(1)), "one changed byte");
        assertArrayEquals(body(2), pack.read(input(2)).orElseThrow(), "the other body is whole");
        Files.write(file, new byte[10]);
        pack.restore(index);
        assertEquals(Optional.empty(), pack.read(input(2)), "a cut pack");
    }

    private static Fingerprint input(int i) {
        return Fingerprint.of("input " + i);
    }

    private static byte[] body(int i) {
        return ("<p>Text " + i + " – Übung</p>\n").repeat(1 + i % 700).getBytes(StandardCharsets.UTF_8);
    }

    private static void write(BodyPack pack, int i) {
        try {
            pack.write(input(i), body(i));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Set<Path> packs() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return Set.copyOf(files.toList());
        }
    }

    private long packBytes() throws IOException {
        long bytes = 0;
        for (Path pack : packs()) {
            bytes += Files.size(pack);
        }
        return bytes;
    }
}
