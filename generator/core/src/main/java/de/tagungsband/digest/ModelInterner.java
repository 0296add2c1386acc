package de.tagungsband.digest;

import de.tagungsband.model.ModelObjects;

import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Model objects of the last build in place of new ones with the same contents (hash-consing across builds). The
 * model is made anew for every build, but an object the last build fingerprinted can keep its fingerprint only if
 * it is that same object ({@link ViewDigest} knows objects by identity). Objects are handed in bottom up, so their
 * parts were handed in first: components that are records then match by identity, lists and optionals element by
 * element, and only strings, numbers, enums, dates and paths by {@code equals}. Comparing an object thus touches only
 * its own components, never the whole graph below it. Used by one thread, the model builder's.
 */
public final class ModelInterner implements ModelObjects {

    private final Map<Shallow, Record> last;
    private final Map<Shallow, Record> made;

    /** @param last the interner of the last build, whose objects may stand for this build's */
    public ModelInterner(Optional<ModelInterner> last) {
        this.last = last.map(interner -> interner.made).orElse(Map.of());
        this.made = new HashMap<>(Math.max(16, this.last.size() * 4 / 3 + 1));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Record> T reuse(T fresh) {
        Shallow key = Shallow.of(fresh);
        Record before = last.get(key);
        T used = before != null ? (T) before : fresh;
        made.putIfAbsent(key, used);
        return used;
    }

    /**
     * The objects of the build that made this interner in place of new ones with the same contents, without
     * remembering new ones: for a model changed in place after that build ({@code model.SessionRevision}), whose
     * objects the next build need not find.
     */
    public ModelObjects known() {
        return new ModelObjects() {
            @Override
            @SuppressWarnings("unchecked")
            public <T extends Record> T reuse(T fresh) {
                Record before = made.get(Shallow.of(fresh));
                return before != null ? (T) before : fresh;
            }
        };
    }

    /** A record's class and components, compared as described above. */
    private record Shallow(Class<?> type, Object[] values, int hash) {

        static Shallow of(Record record) {
            RecordComponents components = RecordComponents.of(record);
            Object[] values = new Object[components.count()];
            int hash = record.getClass().hashCode();
            for (int i = 0; i < values.length; i++) {
                values[i] = components.value(record, i);
                hash = 31 * hash + hash(values[i]);
            }
            return new Shallow(record.getClass(), values, hash);
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Shallow that) || that.type != type || that.hash != hash) {
                return false;
            }
            for (int i = 0; i < values.length; i++) {
                if (!same(values[i], that.values[i])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        private static boolean same(Object a, Object b) {
            if (a == b) {
                return true;
            }
            if (a == null || b == null) {
                return false;
            }
            if (a instanceof List<?> listA && b instanceof List<?> listB) {
                if (listA.size() != listB.size()) {
                    return false;
                }
                for (int i = 0; i < listA.size(); i++) {
                    if (!same(listA.get(i), listB.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            if (a instanceof Optional<?> optionalA && b instanceof Optional<?> optionalB) {
                return optionalA.isPresent() == optionalB.isPresent()
                        && (optionalA.isEmpty() || same(optionalA.get(), optionalB.get()));
            }
            // records by identity (and any other object: sets and maps of a new build are never the last one's)
            return byValue(a) && a.getClass() == b.getClass() && a.equals(b);
        }

        private static int hash(Object value) {
            if (value == null) {
                return 0;
            }
            if (value instanceof List<?> list) {
                int hash = 1;
                for (Object item : list) {
                    hash = 31 * hash + hash(item);
                }
                return hash;
            }
            if (value instanceof Optional<?> optional) {
                return optional.map(Shallow::hash).orElse(-1);
            }
            return byValue(value) ? value.hashCode() : System.identityHashCode(value);
        }

        private static boolean byValue(Object value) {
            return value instanceof String || value instanceof Number || value instanceof Boolean
                    || value instanceof Character || value instanceof Enum<?> || value instanceof Path
                    || value instanceof TemporalAccessor;
        }
    }
}
