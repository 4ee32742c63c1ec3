package io.github.winnet4j.api.winhttp;

import com.sun.jna.Memory;
import io.github.winnet4j.api.HandleUse;
import io.github.winnet4j.api.HandleNode;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.marshal.Arguments;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinHttp;
import io.github.winnet4j.raw.WinHttpConstants;
import io.github.winnet4j.raw.WinHttpErrors;

import java.time.Duration;

/**
 * A WinHTTP session (WinHttpOpen): the root of the handle tree, holding the user agent, the proxy
 * access and the timeouts every request under it starts with. Synchronous mode only. TLS 1.2
 * and 1.3 only (WINHTTP_OPTION_SECURE_PROTOCOLS), whatever the system's default.
 *
 * <pre>{@code
 * try (WinHttpSession session = WinHttpSession.builder()
 *         .agent("my-app/1.0")
 *         .access(ProxyAccess.noProxy())
 *         .timeouts(Duration.ofSeconds(10))
 *         .open();
 *      WinHttpConnection server = session.connect("127.0.0.1", 8080, false);
 *      WinHttpRequest request = server.request("GET", "/status").open()) {
 *     request.send();
 *     request.receive();
 *     System.out.println(request.statusCode() + " " + request.statusText());
 * }
 * }</pre>
 *
 * <p>A session may be shared by threads; each request belongs to one thread at a time.
 */
public final class WinHttpSession extends WinHttpHandle {
    private final int[] timeouts;

    private WinHttpSession(HandleNode node, int[] timeouts) {
        super(node);
        this.timeouts = timeouts;
    }

    /** A builder for a session. */
    public static WinHttpSessionBuilder builder() {
        return new WinHttpSessionBuilder();
    }

    static WinHttpSession open(WinHttpSessionBuilder b) throws WinHttpException {
        Backend backend = b.backend;
        WinHttp api = backend.winhttp();
        Memory agent = Utf16.encode(b.agent, "agent");
        Memory proxy = Utf16.encode(b.access.proxy(), "proxy");
        Memory bypass = Utf16.encode(b.access.bypass(), "bypass");
        HandleNode.beforeOpen();
        HINTERNET h = api.WinHttpOpen(agent, b.access.accessType(), proxy, bypass, 0);
        if (h == null) {
            throw Calls.failure(backend, "WinHttpOpen", "agent " + b.agent);
        }
        HandleNode node = HandleNode.root(backend, h, "WinHttpSession(" + b.agent + ")", Calls.CLOSER);
        int[] timeouts = null;
        if (b.hasTimeouts()) {
            // WinHTTP's defaults for what was not set: resolve none, connect 60 s, send and receive 30 s.
            timeouts = new int[] {
                orDefault(b.resolveTimeout, 0, "resolveTimeout"), orDefault(b.connectTimeout, 60_000, "connectTimeout"),
                orDefault(b.sendTimeout, 30_000, "sendTimeout"), orDefault(b.receiveTimeout, 30_000, "receiveTimeout"),
            };
        }
        WinHttpSession session = new WinHttpSession(node, timeouts);
        try {
            session.applyTimeouts(h);
            requireModernTls(backend, h);
        } catch (WinHttpException | RuntimeException e) {
            node.closeQuietly();
            throw e;
        }
        return session;
    }

    /**
     * Offers TLS 1.2 and 1.3 only (TLS 1.2 alone where 1.3 is unknown): secure by default, and
     * what current servers accept; older Windows versions and Wine otherwise offer TLS 1.0. An
     * implementation without the option (ERROR_WINHTTP_INVALID_OPTION: the java backend, whose JDK
     * refuses TLS below 1.2 by itself) keeps its own policy.
     */
    private static void requireModernTls(Backend backend, HINTERNET h) throws WinHttpException {
        int modern = WinHttpConstants.WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WinHttpConstants.WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3;
        for (int protocols : new int[] {modern, WinHttpConstants.WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2}) {
            try {
                Calls.setDword(backend, h, WinHttpConstants.WINHTTP_OPTION_SECURE_PROTOCOLS, protocols, "TLS protocols");
                return;
            } catch (WinHttpException e) {
                if (e.errorCode() == WinHttpErrors.ERROR_WINHTTP_INVALID_OPTION) {
                    return;
                }
                if (protocols != modern) {
                    throw e;
                }
            }
        }
    }

    private static int orDefault(Duration d, int defaultMillis, String argument) {
        return d == null ? defaultMillis : Calls.millis(d, argument);
    }

    /**
     * Sets this session's timeouts on a handle (the session, and each request: Windows copies them
     * to requests on open, but the wrappers do not rely on every implementation doing so).
     */
    void applyTimeouts(HINTERNET handle) throws WinHttpException {
        if (timeouts != null && !backend().winhttp().WinHttpSetTimeouts(handle, timeouts[0], timeouts[1],
                timeouts[2], timeouts[3])) {
            throw Calls.failure(backend(), "WinHttpSetTimeouts", node.description());
        }
    }

    /**
     * A connection to {@code host:port} (WinHttpConnect; no traffic yet).
     *
     * @param port  1 to 65535, or 0 for the scheme's default (80, or 443 with {@code https})
     * @param https whether requests on it use TLS
     */
    public WinHttpConnection connect(String host, int port, boolean https) throws WinHttpException {
        Arguments.requireNonNull(host, "host");
        Arguments.requireNoLineBreak(host, "host");
        if (host.isEmpty()) {
            throw new IllegalArgumentException("host is empty");
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c <= ' ' || c == '/' || c == '?' || c == '#' || c == '@') {
                throw new IllegalArgumentException("host '" + host + "' has the character U+"
                        + String.format("%04X", (int) c) + " at index " + i + ", not allowed in a host name");
            }
        }
        Arguments.requirePort(port, "port");
        String description = "WinHttpConnection(" + host + ":" + port + (https ? ", https" : "") + ")";
        HINTERNET h;
        try (HandleUse u = useToOpen()) {
            h = backend().winhttp().WinHttpConnect(u.value(), Utf16.encode(host, "host"), (short) port, 0);
        }
        if (h == null) {
            throw Calls.failure(backend(), "WinHttpConnect", description);
        }
        return new WinHttpConnection(node.child(h, description, Calls.CLOSER), this, https);
    }

    /** A DWORD option (WINHTTP_OPTION_*) of the session. */
    public int queryOption(int option) throws WinHttpException {
        try (HandleUse u = use()) {
            return Calls.queryDword(backend(), u.value(), option, node.description());
        }
    }

    /** Sets a DWORD option (WINHTTP_OPTION_*) of the session. */
    public void setOption(int option, int value) throws WinHttpException {
        try (HandleUse u = use()) {
            Calls.setDword(backend(), u.value(), option, value, node.description());
        }
    }

    HandleUse sessionUse() {
        return use();
    }
}
