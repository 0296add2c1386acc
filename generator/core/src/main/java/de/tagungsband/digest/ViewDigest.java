package de.tagungsband.digest;

import com.dynatrace.hash4j.hashing.HashStream128;
import de.tagungsband.record.MarkdownBody;
import de.tagungsband.source.SourceFile;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
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

/**
 * Fingerprints the data a template reads: a page's view with everything it reaches (records, lists, maps,
 * strings). Two views with equal fingerprints render to the same page, so a build can keep a page whose
 * fingerprint did not change instead of rendering it again; this is the dependency graph from records to pages,
 * worked out from the data itself rather than declared by hand, so no dependency can be forgotten.
 * Records are fingerprinted once per build however many views share them. The raw text of records (a {@link
 * SourceFile}'s text, a {@link MarkdownBody}) is left out: templates cannot read it (see the template wrapper); they
 * show bodies rendered, which the views carry as strings. So a new sentence in a session changes its own page, and
 * not every page that merely lists the session. Safe to use from many threads.
 */
public final class ViewDigest {

    private static final ClassValue<RecordType> TYPES = new ClassValue<>() {
        @Override
        protected RecordType computeValue(Class<?> type) {
            return RecordType.of(type);
        }
    };

    private final Map<Identity, Fingerprint> records;
    private final Map<Identity, Fingerprint> lastBuild;

    public ViewDigest() {
        this(Optional.empty());
    }

    /**
     * @param last the digest of the last build in this process (the preview's): records it fingerprinted that this
     *             build still uses — the same objects, so the same data — are not fingerprinted again
     */
    public ViewDigest(Optional<ViewDigest> last) {
        this.lastBuild = last.map(digest -> digest.records).orElse(Map.of());
        // as large as the last build's from the start: growing a map of a few hundred thousand records step by step
        // costs a good part of fingerprinting them
        this.records = new ConcurrentHashMap<>(Math.max(16, lastBuild.size()));
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
        Identity key = new Identity(record);
        Fingerprint known = records.get(key);
        if (known != null) {
            return known;
        }
        Fingerprint before = lastBuild.get(key);
        if (before != null) {
            records.put(key, before);
            return before;
        }
        RecordType type = TYPES.get(record.getClass());
        HashStream128 stream = Fingerprint.stream().putLong(type.name());
        if (record instanceof SourceFile source) {
            stream.putString(source.path().toString());
        } else if (record instanceof MarkdownBody body) {
            stream.putInt(body.firstLine());
        } else {
            for (MethodHandle accessor : type.accessors()) {
                put(stream, component(record, accessor));
            }
        }
        Fingerprint fingerprint = Fingerprint.of(stream.get());
        records.put(key, fingerprint);
        return fingerprint;
    }

    private void put(HashStream128 stream, Object value) {
        if (value == null) {
            stream.putByte((byte) 0);
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
                    + ": a view may only hold records, collections, strings, numbers, enums, dates and paths");
        }
    }

    /** Elements of an unordered collection, fingerprinted in an order that does not depend on hash codes. */
    private static void putSorted(HashStream128 stream, List<Fingerprint> fingerprints) {
        List<Fingerprint> sorted = new ArrayList<>(fingerprints);
        sorted.sort(Comparator.comparingLong(Fingerprint::high).thenComparingLong(Fingerprint::low));
        stream.putInt(sorted.size());
        sorted.forEach(f -> stream.putLong(f.high()).putLong(f.low()));
    }

    private static Object component(Record record, MethodHandle accessor) {
        try {
            return (Object) accessor.invokeExact((Object) record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + accessor + " of " + record.getClass().getName(), e);
        }
    }

    /**
     * A record class: its name as a number (hashed once, not for every record) and its components' accessors, as
     * method handles that take and give Object.
     */
    private record RecordType(long name, MethodHandle[] accessors) {
        private static final MethodType READ = MethodType.methodType(Object.class, Object.class);

        static RecordType of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] accessors = new MethodHandle[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    Method accessor = components[i].getAccessor();
                    accessor.setAccessible(true);
                    accessors[i] = MethodHandles.lookup().unreflect(accessor).asType(READ);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read the components of " + type.getName(), e);
            }
            return new RecordType(Fingerprint.of(type.getName()).low(), accessors);
        }
    }

    /** A record by identity: equal records are not always the same data (some compare by path only). */
    private record Identity(Object value) {
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
