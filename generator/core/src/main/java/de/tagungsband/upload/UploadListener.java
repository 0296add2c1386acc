package de.tagungsband.upload;

/** Hears each step of an upload (for progress lines and, in tests, to break the connection on purpose). */
public interface UploadListener {

    UploadListener NONE = new UploadListener() { };

    default void planned(UploadPlan plan) {
    }

    default void uploaded(String path, int done, int total) {
    }

    default void deleted(String path) {
    }
}
