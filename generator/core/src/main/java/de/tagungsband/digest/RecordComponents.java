package de.tagungsband.digest;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * A record class: its name as a number (hashed once, not for every record) and its components' accessors, as method
 * handles that take and give Object, looked up once per class.
 */
record RecordComponents(long name, MethodHandle[] accessors) {

    private static final MethodType READ = MethodType.methodType(Object.class, Object.class);
    private static final ClassValue<RecordComponents> TYPES = new ClassValue<>() {
        @Override
        protected RecordComponents computeValue(Class<?> type) {
            return RecordComponents.of(type);
        }
    };

    static RecordComponents of(Record record) {
        return TYPES.get(record.getClass());
    }

    private static RecordComponents of(Class<?> type) {
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
        return new RecordComponents(Fingerprint.of(type.getName()).low(), accessors);
    }

    int count() {
        return accessors.length;
    }

    Object value(Record record, int index) {
        try {
            return (Object) accessors[index].invokeExact((Object) record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + accessors[index] + " of " + record.getClass().getName(), e);
        }
    }
}
