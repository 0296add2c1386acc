package de.tagungsband.html;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** Unpacks gzip data as a browser does for Content-Encoding: gzip, up to a size: a small file can unpack to gigabytes. */
final class Gunzip {

    private Gunzip() {
    }

    /** The unpacked bytes, or empty when the data is not gzip, is broken, or unpacks to more than {@code limit}. */
    static Optional<byte[]> bounded(byte[] packed, int limit) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                if (out.size() > limit) {
                    return Optional.empty();
                }
            }
            return Optional.of(out.toByteArray());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
