package de.tagungsband.digest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Fingerprints of the objects that outlive a build, by identity: the records read from a file that did not change
 * and the bodies rendered from an unchanged text are the very same objects in the preview's next build, so their
 * fingerprints need not be worked out again. An object is immutable and identity is unique while it lives, and the
 * map keeps it alive: an entry can never stand for other data. Entries the last successful build did not use are
 * dropped. One build at a time; safe to use from that build's threads.
 */
public final class LastingFingerprints {

    private volatile Map<ViewDigest.Identity, Fingerprint> kept = Map.of();
    private volatile Map<ViewDigest.Identity, Fingerprint> used = new ConcurrentHashMap<>();

    /** Fingerprints kept for no other build: what a build without memory uses. */
    public static LastingFingerprints forOneBuild() {
        return new LastingFingerprints();
    }

    Fingerprint get(ViewDigest.Identity key, Supplier<Fingerprint> make) {
        Fingerprint known = used.get(key);
        if (known != null) {
            return known;
        }
        known = kept.get(key);
        Fingerprint fingerprint = known != null ? known : make.get();
        used.put(key, fingerprint);
        return fingerprint;
    }

    /** A build starts: it has used nothing yet. */
    public void start() {
        used = new ConcurrentHashMap<>(Math.max(16, kept.size() * 2));
    }

    /** The build succeeded: what it used is kept for the next one. */
    public void keep() {
        kept = used;
        start();
    }
}
