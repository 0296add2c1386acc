package de.tagungsband.html;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where FreeMarker writes one page: the text goes straight into UTF-8 bytes as it comes. A {@link java.io.StringWriter}
 * took a lock for each of the thousands of pieces of a page, and a text buffer of German pages (quotation marks and
 * dashes outside Latin-1) holds two bytes a character, copied once more into a string and then encoded; the pages
 * were the largest part of what a build allocates. Characters are encoded as {@link String#getBytes} encodes them,
 * a lone surrogate as '?'. A page is written by one thread.
 */
final class PageBuffer extends Writer {

    private byte[] bytes;
    private int size;
    /** A high surrogate written last, waiting for its low half. */
    private char high;

    PageBuffer(int capacity) {
        this.bytes = new byte[capacity];
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        ensure(length);
        for (int i = offset; i < offset + length; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String string) {
        write(string, 0, string.length());
    }

    @Override
    public void write(String string, int offset, int length) {
        ensure(length);
        for (int i = offset; i < offset + length; i++) {
            char c = string.charAt(i);
            if (c < 0x80 && high == 0 && size < bytes.length) {
                bytes[size++] = (byte) c; // the most common case, without a call
            } else {
                put(c);
            }
        }
    }

    @Override
    public Writer append(CharSequence chars) {
        write(chars.toString());
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    byte[] toUtf8() {
        endLoneSurrogate();
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public String toString() {
        return new String(toUtf8(), StandardCharsets.UTF_8);
    }

    private void put(char c) {
        if (high != 0) {
            if (Character.isLowSurrogate(c)) {
                int codePoint = Character.toCodePoint(high, c);
                high = 0;
                ensure(4);
                bytes[size++] = (byte) (0xF0 | codePoint >> 18);
                bytes[size++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | codePoint & 0x3F);
                return;
            }
            endLoneSurrogate();
        }
        ensure(3);
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | c >> 6);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = '?';
        } else {
            bytes[size++] = (byte) (0xE0 | c >> 12);
            bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void endLoneSurrogate() {
        if (high != 0) {
            high = 0;
            ensure(1);
            bytes[size++] = '?';
        }
    }

    /** Room for at least {@code more} bytes. */
    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
