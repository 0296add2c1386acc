package de.tagungsband.cache;

import de.tagungsband.diagnostic.Diagnostic;
import de.tagungsband.digest.Fingerprint;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes the values of the cache files (strings of any length, fingerprints, diagnostics). */
final class Codec {

    private Codec() {
    }

    static void string(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static void bytes(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }

    static byte[] bytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }

    static String string(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static void fingerprint(DataOutputStream out, Fingerprint value) throws IOException {
        out.writeLong(value.high());
        out.writeLong(value.low());
    }

    static Fingerprint fingerprint(DataInputStream in) throws IOException {
        return new Fingerprint(in.readLong(), in.readLong());
    }

    static void diagnostics(DataOutputStream out, List<Diagnostic> diagnostics) throws IOException {
        out.writeInt(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            out.writeBoolean(d.isError());
            string(out, d.file().toString());
            out.writeInt(d.line());
            string(out, d.message());
            string(out, d.hint());
        }
    }

    static List<Diagnostic> diagnostics(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<Diagnostic> diagnostics = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean error = in.readBoolean();
            Path file = Path.of(string(in));
            int line = in.readInt();
            String message = string(in);
            String hint = string(in);
            diagnostics.add(error ? Diagnostic.error(file, line, message, hint) : Diagnostic.warning(file, line, message, hint));
        }
        return diagnostics;
    }
}
