package de.tagungsband.digest;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The preview's next build does not walk again what outlived the last one, and never mistakes other data for it. */
class LastingFingerprintsTest {

    private static final AtomicInteger READS = new AtomicInteger();

    /** A record read from a file: counts how often a digest reads its text. */
    record Read(String text) {
        @Override
        public String text() {
            READS.incrementAndGet();
            return text;
        }
    }

    /** What the model builds anew each time around it. */
    record Built(Read read, int number) {
    }

    private static ViewDigest digest(LastingFingerprints lasting) {
        return new ViewDigest(type -> false, type -> type == Read.class, lasting);
    }

    @Test
    void anObjectThatOutlivedTheLastBuildIsNotWalkedAgain_anEqualNewOneIs() {
        LastingFingerprints lasting = LastingFingerprints.forOneBuild();
        Read kept = new Read("Ein Text aus einer Datei");
        READS.set(0);
        Fingerprint first = digest(lasting).of(List.of(new Built(kept, 1)));
        assertEquals(1, READS.get());
        lasting.keep();

        Fingerprint again = digest(lasting).of(List.of(new Built(kept, 1)));
        assertEquals(first, again, "the same data, the same fingerprint");
        assertEquals(1, READS.get(), "the kept object is not read again");
        assertNotEquals(first, digest(lasting).of(List.of(new Built(kept, 2))), "what was built around it still counts");

        Fingerprint equal = digest(lasting).of(List.of(new Built(new Read("Ein Text aus einer Datei"), 1)));
        assertEquals(first, equal);
        assertEquals(2, READS.get(), "an equal object read anew is walked: identity, not equality, finds a fingerprint");
    }

    @Test
    void whatTheLastSuccessfulBuildDidNotUseIsForgotten() {
        LastingFingerprints lasting = LastingFingerprints.forOneBuild();
        Read dropped = new Read("Ein Text, den die nächste Fassung nicht mehr hat");
        READS.set(0);
        digest(lasting).of(dropped);
        lasting.keep();
        digest(lasting).of(new Read("ein anderer"));
        lasting.keep(); // this build did not use it
        digest(lasting).of(dropped);
        assertEquals(3, READS.get());
    }

    @Test
    void aBuildWithoutMemoryKeepsNothingForTheNext() {
        Read read = new Read("Ein Text");
        READS.set(0);
        digest(LastingFingerprints.forOneBuild()).of(read);
        digest(LastingFingerprints.forOneBuild()).of(read);
        assertEquals(2, READS.get());
    }
}
