package de.tagungsband.digest;

import java.util.function.Supplier;

/**
 * What earlier builds made, by the fingerprint of what it was made from: a build asks for a value and makes it only
 * when no earlier build made it from the same input. The preview server keeps values as long as the last successful
 * build used them; a build without memory makes every value anew ({@link #none()}). Safe to use from many threads.
 */
public interface Memo<V> {

    /** The value made from {@code input}: remembered, or made by {@code make} now. */
    V get(Fingerprint input, Supplier<V> make);

    /** Remembers nothing. */
    static <V> Memo<V> none() {
        return (input, make) -> make.get();
    }
}
