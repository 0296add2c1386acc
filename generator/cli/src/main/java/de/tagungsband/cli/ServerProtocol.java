package de.tagungsband.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * What a client and a build server say to each other over the server's socket. The client asks (a build with its
 * request, the status, or to stop), naming its program; the server answers in frames: text for stdout or stderr
 * as it is printed, then the exit code; or, to a build of another program, that it is another program (and stops).
 */
final class ServerProtocol {

    static final int VERSION = 1;

    enum Ask { BUILD, STATUS, STOP }

    static final byte OUT = 'o';
    static final byte ERR = 'e';
    static final byte EXIT = 'x';
    static final byte OTHER_PROGRAM = 'p';

    private ServerProtocol() {
    }

    static void ask(DataOutputStream data, Ask ask, String program) throws IOException {
        data.writeInt(VERSION);
        data.writeUTF(ask.name());
        data.writeUTF(program);
    }

    /** A writer whose text goes to the client as frames of {@code stream} ({@link #OUT} or {@link #ERR}) on flush. */
    static PrintWriter writer(DataOutputStream data, byte stream) {
        return new PrintWriter(new Writer() {
            private final StringBuilder pending = new StringBuilder();

            @Override
            public void write(char[] chars, int offset, int length) {
                pending.append(chars, offset, length);
            }

            @Override
            public void flush() throws IOException {
                if (pending.isEmpty()) {
                    return;
                }
                byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
                pending.setLength(0);
                synchronized (data) {
                    data.writeByte(stream);
                    data.writeInt(bytes.length);
                    data.write(bytes);
                    data.flush();
                }
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, true);
    }

    static void exit(DataOutputStream data, int code) throws IOException {
        synchronized (data) {
            data.writeByte(EXIT);
            data.writeInt(code);
            data.flush();
        }
    }

    static void otherProgram(DataOutputStream data) throws IOException {
        data.writeByte(OTHER_PROGRAM);
        data.flush();
    }

    static String text(DataInputStream data) throws IOException {
        int length = data.readInt();
        if (length < 0 || length > 1 << 26) {
            throw new IOException("not a length: " + length);
        }
        byte[] bytes = new byte[length];
        data.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
