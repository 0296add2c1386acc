package de.tagungsband.digest;

import com.dynatrace.hash4j.hashing.HashStream128;
import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hashing;

import java.nio.charset.StandardCharsets;

/**
 * A 128-bit content digest (xxHash3): equal fingerprints stand for equal content. Not for security: it only tells a
 * build whether something it made before can be kept.
 */
public record Fingerprint(long high, long low) {

    public static final Fingerprint NONE = new Fingerprint(0, 0);

    public static Fingerprint of(byte[] bytes) {
        return of(Hashing.xxh3_128().hashBytesTo128Bits(bytes));
    }

    public static Fingerprint of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A stream to feed values into, for fingerprints of several parts. */
    public static HashStream128 stream() {
        return Hashing.xxh3_128().hashStream();
    }

    public static Fingerprint of(HashValue128 value) {
        return new Fingerprint(value.getMostSignificantBits(), value.getLeastSignificantBits());
    }

    public Fingerprint combine(Fingerprint other) {
        return of(stream().putLong(high).putLong(low).putLong(other.high).putLong(other.low).get());
    }
}
