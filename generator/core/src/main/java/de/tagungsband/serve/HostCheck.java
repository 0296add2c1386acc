package de.tagungsband.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

/**
 * Answers only requests whose {@code Host} names this computer (with the preview's port, when it names one): {@code localhost},
 * {@code 127.0.0.1}, {@code [::1]} or any other IP address (the address of a {@code --bind}). A page on another
 * site that makes its own host name resolve to 127.0.0.1 (DNS rebinding) sends its own name, and gets 421 instead
 * of the drafts.
 */
final class HostCheck extends Filter {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-fA-F:.%]+]");
    private final IntSupplier port;

    HostCheck(IntSupplier port) {
        this.port = port;
    }

    static boolean allowed(String host, int port) {
        if (host == null) {
            return false;
        }
        int colon = host.lastIndexOf(':');
        boolean withPort = colon >= 0 && !host.endsWith("]");
        if (withPort && !host.substring(colon + 1).equals(Integer.toString(port))) {
            return false;
        }
        String name = (withPort ? host.substring(0, colon) : host).toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.endsWith(".localhost") || IPV4.matcher(name).matches()
                || IPV6.matcher(name).matches();
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (allowed(exchange.getRequestHeaders().getFirst("Host"), port.getAsInt())) {
            chain.doFilter(exchange);
            return;
        }
        try (exchange) {
            byte[] body = "421 this preview answers only to localhost and IP addresses with its port"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(421, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public String description() {
        return "accepts only loopback and IP-address Host headers with the preview's port";
    }
}
