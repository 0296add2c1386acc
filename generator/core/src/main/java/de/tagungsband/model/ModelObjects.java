package de.tagungsband.model;

/**
 * Where the model builder hands each object it made, bottom up, and takes back the one to use: the same object of
 * the last build when there is one with the same contents (the preview's), so that what was
 * worked out about it then, such as its fingerprint, holds again; otherwise the new one.
 */
public interface ModelObjects {

    /** Every object made is used: for builds that no later build starts from. */
    ModelObjects NEW = new ModelObjects() {
        @Override
        public <T extends Record> T reuse(T made) {
            return made;
        }
    };

    /** {@code made}, or an object of the last build with the same contents that can stand for it. */
    <T extends Record> T reuse(T made);
}
