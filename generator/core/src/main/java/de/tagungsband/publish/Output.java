package de.tagungsband.publish;

import java.nio.file.Path;

/** Where a build puts its files: a {@link SiteWriter}, or nowhere for a check. Called from many threads. */
public interface Output {

    /** Writes nothing and keeps nothing: a check renders every page and throws the bytes away. */
    Output NOWHERE = new Output() {
        @Override
        public boolean intact(String sitePath) {
            return false;
        }

        @Override
        public void keep(String sitePath) {
            throw new IllegalStateException("nothing to keep");
        }

        @Override
        public void write(String sitePath, byte[] bytes) {
        }

        @Override
        public void copy(Path source, String sitePath) {
        }
    };

    /** Whether the last build's file at {@code sitePath} is still there as it was written. */
    boolean intact(String sitePath);

    /** Keeps the last build's file, which must be {@link #intact}. */
    void keep(String sitePath);

    void write(String sitePath, byte[] bytes);

    void copy(Path source, String sitePath);
}
