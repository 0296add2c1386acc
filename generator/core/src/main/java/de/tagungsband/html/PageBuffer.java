package de.tagungsband.html;

import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Where FreeMarker writes one page: a {@link java.io.StringWriter} without its lock (a page is written by one
 * thread; the StringBuffer behind StringWriter takes a lock for each of the thousands of pieces of a page).
 */
final class PageBuffer extends Writer {

    private final StringBuilder text;

    PageBuffer(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    byte[] toUtf8() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
