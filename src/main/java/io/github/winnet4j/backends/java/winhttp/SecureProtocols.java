package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.backends.java.TlsPolicy;

import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.github.winnet4j.raw.WinHttpConstants.*;

/**
 * WINHTTP_OPTION_SECURE_PROTOCOLS: the TLS versions a session offers, applied by a socket factory
 * that enables only those the JDK knows among them. SSL 2 has no JDK name and is never offered.
 * The default (nothing set) is the JDK's own choice, reported as TLS 1.2 and 1.3. One factory exists
 * per combination of leniency flags and protocols, so that the JDK's keep-alive cache (keyed by
 * factory) never hands a connection to a request with other settings.
 */
final class SecureProtocols {
    static final int KNOWN = WINHTTP_FLAG_SECURE_PROTOCOL_SSL2 | WINHTTP_FLAG_SECURE_PROTOCOL_SSL3
            | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1
            | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3;
    static final int REPORTED_DEFAULT = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3;

    private static final Map<Long, SSLSocketFactory> FACTORIES = new ConcurrentHashMap<>();

    private SecureProtocols() {
    }

    /** The protocols set on the object or its ancestors, or {@code null} for the JDK's default. */
    static Integer of(WinHttpObject object) {
        return object.option(WINHTTP_OPTION_SECURE_PROTOCOLS) instanceof Integer i ? i : null;
    }

    /** The socket factory for these leniency flags and protocols ({@code null}: the JDK's default). */
    static SSLSocketFactory factory(int securityFlags, Integer protocols) {
        SSLSocketFactory base = TlsPolicy.socketFactory(securityFlags);
        if (protocols == null) {
            return base;
        }
        long key = ((long) securityFlags << 32) | (protocols & 0xFFFFFFFFL);
        return FACTORIES.computeIfAbsent(key, k -> new Restricting(base, names(protocols)));
    }

    static String[] names(int protocols) {
        List<String> out = new ArrayList<>();
        if ((protocols & WINHTTP_FLAG_SECURE_PROTOCOL_SSL3) != 0) {
            out.add("SSLv3");
        }
        if ((protocols & WINHTTP_FLAG_SECURE_PROTOCOL_TLS1) != 0) {
            out.add("TLSv1");
        }
        if ((protocols & WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1) != 0) {
            out.add("TLSv1.1");
        }
        if ((protocols & WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2) != 0) {
            out.add("TLSv1.2");
        }
        if ((protocols & WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3) != 0) {
            out.add("TLSv1.3");
        }
        return out.toArray(new String[0]);
    }

    /** Enables only the wanted protocols (those the socket supports) on every socket it creates. */
    private static final class Restricting extends SSLSocketFactory {
        private final SSLSocketFactory delegate;
        private final String[] wanted;

        Restricting(SSLSocketFactory delegate, String[] wanted) {
            this.delegate = delegate;
            this.wanted = wanted;
        }

        private Socket restrict(Socket socket) {
            if (socket instanceof SSLSocket ssl) {
                List<String> supported = Arrays.asList(ssl.getSupportedProtocols());
                // none supported: an empty list, and the handshake fails (ERROR_WINHTTP_SECURE_CHANNEL_ERROR)
                ssl.setEnabledProtocols(Arrays.stream(wanted).filter(supported::contains).toArray(String[]::new));
            }
            return socket;
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return delegate.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return delegate.getSupportedCipherSuites();
        }

        @Override
        public Socket createSocket() throws IOException {
            return restrict(delegate.createSocket());
        }

        @Override
        public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
            return restrict(delegate.createSocket(s, host, port, autoClose));
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return restrict(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return restrict(delegate.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return restrict(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return restrict(delegate.createSocket(address, port, localAddress, localPort));
        }
    }
}
