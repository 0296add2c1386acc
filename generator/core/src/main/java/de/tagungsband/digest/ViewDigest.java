package de.tagungsband.digest;

import com.dynatrace.hash4j.hashing.HashStream128;
import de.tagungsband.record.MarkdownBody;
import de.tagungsband.source.SourceFile;

import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Fingerprints the data a template reads: a page's view with everything it reaches (records, lists, maps,
 * strings). Two views with equal fingerprints render to the same page, so a build can keep a page whose
 * fingerprint did not change instead of rendering it again; this is the dependency graph from records to pages,
 * worked out from the data itself rather than declared by hand, so no dependency can be forgotten.
 * Records, and long strings such as rendered bodies, are fingerprinted once per build however many views share
 * them. The raw text of records (a {@link
 * SourceFile}'s text, a {@link MarkdownBody}) is left out: templates cannot read it (see the template wrapper); they
 * show bodies rendered, which the views carry as strings. So a new sentence in a session changes its own page, and
 * not every page that merely lists the session. Safe to use from many threads.
 */
public final class ViewDigest {

    /** Strings longer than this are fingerprinted once per object. */
    private static final int LONG_STRING = 512;

    private final ClassValue<Boolean> remembered;
    private final ClassValue<Boolean> lasts;
    private final Map<Identity, Fingerprint> records;
    private final LastingFingerprints lasting;

    public ViewDigest() {
        this(type -> false, type -> false, LastingFingerprints.forOneBuild());
    }

    /**
     * @param madeForOnePage record classes whose objects are made for one page each (a page's view and the parts
     *                       only it holds): their fingerprints are not remembered, since no other view shares them
     *                       and the next build makes them anew; remembering hundreds of thousands of them would
     *                       cost more than it saves
     * @param outlivesBuild record classes whose objects may be the same in the next build (records read from an
     *                      unchanged file, bodies rendered from an unchanged text): their fingerprints are kept in
     *                      {@code lasting}, and a later build with the same {@code lasting} does not walk them again
     */
    public ViewDigest(Predicate<Class<?>> madeForOnePage, Predicate<Class<?>> outlivesBuild,
                      LastingFingerprints lasting) {
        this.remembered = new ClassValue<>() {
            @Override
            protected Boolean computeValue(Class<?> type) {
                return !madeForOnePage.test(type);
            }
        };
        this.lasts = new ClassValue<>() {
            @Override
            protected Boolean computeValue(Class<?> type) {
                return outlivesBuild.test(type);
            }
        };
        this.records = new ConcurrentHashMap<>(1 << 14);
        this.lasting = lasting;
    }

    public Fingerprint of(Object value) {
        if (value instanceof Record record) {
            return ofRecord(record);
        }
        HashStream128 stream = Fingerprint.stream();
        put(stream, value);
        return Fingerprint.of(stream.get());
    }

    private Fingerprint ofRecord(Record record) {
        if (!remembered.get(record.getClass())) {
            return fingerprint(record);
        }
        Identity key = new Identity(record);
        if (lasts.get(record.getClass())) {
            return lasting.get(key, () -> fingerprint(record));
        }
        Fingerprint known = records.get(key);
        if (known != null) {
            return known;
        }
        Fingerprint fingerprint = fingerprint(record);
        records.put(key, fingerprint);
        return fingerprint;
    }

    private Fingerprint fingerprint(Record record) {
        RecordComponents type = RecordComponents.of(record);
        HashStream128 stream = Fingerprint.stream().putLong(type.name());
        if (record instanceof SourceFile source) {
            stream.putString(source.path().toString());
        } else if (record instanceof MarkdownBody body) {
            stream.putInt(body.firstLine());
        } else {
            for (int i = 0; i < type.count(); i++) {
                put(stream, type.value(record, i));
            }
        }
        return Fingerprint.of(stream.get());
    }

    /**
     * A long string (a rendered body, which views hold as a string) is fingerprinted once per object, as records
     * are: many views share a body's string.
     */
    private Fingerprint ofLongString(String text) {
        return records.computeIfAbsent(new Identity(text),
                key -> Fingerprint.of(Fingerprint.stream().putString(text).get()));
    }

    private void put(HashStream128 stream, Object value) {
        if (value == null) {
            stream.putByte((byte) 0);
        } else if (value instanceof String s && s.length() > LONG_STRING) {
            Fingerprint f = ofLongString(s);
            stream.putByte((byte) 12).putLong(f.high()).putLong(f.low());
        } else if (value instanceof String s) {
            stream.putByte((byte) 1).putString(s);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            stream.putByte((byte) 2).putLong(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            stream.putByte((byte) 3).putBoolean(b);
        } else if (value instanceof Enum<?> e) {
            stream.putByte((byte) 4).putString(e.getDeclaringClass().getName()).putString(e.name());
        } else if (value instanceof Path || value instanceof TemporalAccessor || value instanceof Character
                || value instanceof Double || value instanceof Float) {
            stream.putByte((byte) 5).putString(value.getClass().getName()).putString(value.toString());
        } else if (value instanceof byte[] bytes) { // text kept as UTF-8 (a rendered body)
            stream.putByte((byte) 13).putInt(bytes.length).putBytes(bytes);
        } else if (value instanceof Optional<?> optional) {
            stream.putByte((byte) 6).putBoolean(optional.isPresent());
            optional.ifPresent(v -> put(stream, v));
        } else if (value instanceof Record record) {
            Fingerprint f = ofRecord(record);
            stream.putByte((byte) 7).putLong(f.high()).putLong(f.low());
        } else if (value instanceof List<?> || value instanceof SortedSet<?> || value instanceof LinkedHashSet<?>) {
            Collection<?> items = (Collection<?>) value;
            stream.putByte((byte) 8).putInt(items.size());
            items.forEach(item -> put(stream, item));
        } else if (value instanceof Collection<?> unordered) {
            stream.putByte((byte) 9);
            putSorted(stream, unordered.stream().map(this::of).toList());
        } else if (value instanceof SortedMap<?, ?> || value instanceof LinkedHashMap<?, ?>) {
            Map<?, ?> map = (Map<?, ?>) value;
            stream.putByte((byte) 10).putInt(map.size());
            map.forEach((k, v) -> {
                put(stream, k);
                put(stream, v);
            });
        } else if (value instanceof Map<?, ?> unordered) {
            stream.putByte((byte) 11);
            putSorted(stream, unordered.entrySet().stream().map(e -> of(List.of(of(e.getKey()), of(e.getValue())))).toList());
        } else {
            throw new IllegalArgumentException("cannot fingerprint a " + value.getClass().getName()
                    + ": a view may only hold records, collections, strings, bytes, numbers, enums, dates and paths");
        }
    }

    /** Elements of an unordered collection, fingerprinted in an order that does not depend on hash codes. */
    private static void putSorted(HashStream128 stream, List<Fingerprint> fingerprints) {
        List<Fingerprint> sorted = new ArrayList<>(fingerprints);
        sorted.sort(Comparator.comparingLong(Fingerprint::high).thenComparingLong(Fingerprint::low));
        stream.putInt(sorted.size());
        sorted.forEach(f -> stream.putLong(f.high()).putLong(f.low()));
    }

    /** A record by identity: equal records are not always the same data (some compare by path only). */
    record Identity(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }
}
