package de.tagungsband.upload;

import org.apache.sshd.agent.SshAgent;
import org.apache.sshd.agent.SshAgentConstants;
import org.apache.sshd.agent.SshAgentFactory;
import org.apache.sshd.agent.SshAgentServer;
import org.apache.sshd.agent.common.AbstractAgentProxy;
import org.apache.sshd.common.FactoryManager;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.session.ConnectionService;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SSH agent (ssh-agent, the agent of a desktop's key ring) at the socket {@code SSH_AUTH_SOCK} names: the keys
 * it holds log in, and the private key never leaves it, nor is it ever written into the content or a setting.
 * MINA SSHD's own agent client for Unix needs the Tomcat native library; Java's Unix domain sockets need nothing.
 */
final class AgentSocket implements SshAgentFactory {

    /** No agent answers with more; guards against reading a wrong socket as a length. */
    private static final int LONGEST_ANSWER = 256 * 1024;

    private final Path socket;

    AgentSocket(Path socket) {
        this.socket = socket;
    }

    @Override
    public List<ChannelFactory> getChannelForwardingFactories(FactoryManager manager) {
        return List.of();
    }

    @Override
    public SshAgent createClient(Session session, FactoryManager manager) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new Client(channel);
    }

    @Override
    public SshAgentServer createServer(ConnectionService service) {
        throw new UnsupportedOperationException("tagungsband forwards no agent");
    }

    /** One connection to the agent, one request at a time. */
    private static final class Client extends AbstractAgentProxy {

        private final SocketChannel channel;

        Client(SocketChannel channel) {
            super(null);
            this.channel = channel;
        }

        /**
         * The keys the agent holds that this program can use. A key of a kind it cannot read (the agent may hold
         * many) is passed over instead of spoiling the others.
         */
        @Override
        public Iterable<? extends Map.Entry<PublicKey, String>> getIdentities() throws IOException {
            Buffer answer = request(prepare(createBuffer(SshAgentConstants.SSH2_AGENTC_REQUEST_IDENTITIES, 1)));
            if (answer.getUByte() != SshAgentConstants.SSH2_AGENT_IDENTITIES_ANSWER) {
                return List.of();
            }
            long count = answer.getUInt();
            List<Map.Entry<PublicKey, String>> keys = new ArrayList<>();
            for (long i = 0; i < count; i++) {
                byte[] blob = answer.getBytes();
                String comment = answer.getString();
                try {
                    keys.add(Map.entry(new ByteArrayBuffer(blob).getRawPublicKey(), comment));
                } catch (RuntimeException | IOException e) {
                    // a key type without a provider here (e.g. ed25519 without EdDSA support): the others may log in
                }
            }
            return keys;
        }

        @Override
        protected synchronized Buffer request(Buffer buffer) throws IOException {
            ByteBuffer out = ByteBuffer.wrap(buffer.array(), buffer.rpos(), buffer.available());
            while (out.hasRemaining()) {
                channel.write(out);
            }
            ByteBuffer length = read(4);
            int size = length.getInt();
            if (size <= 0 || size > LONGEST_ANSWER) {
                throw new IOException("the SSH agent answered with " + size + " bytes");
            }
            return new ByteArrayBuffer(read(size).array());
        }

        private ByteBuffer read(int bytes) throws IOException {
            ByteBuffer in = ByteBuffer.allocate(bytes);
            while (in.hasRemaining()) {
                if (channel.read(in) < 0) {
                    throw new EOFException("the SSH agent closed the connection");
                }
            }
            return in.flip();
        }

        @Override
        public boolean isOpen() {
            return channel.isOpen();
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                channel.close();
            }
        }
    }
}
