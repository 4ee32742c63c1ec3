package io.github.winnet4j.api;

/**
 * An HTTP(S) connection handle (InternetConnectW with INTERNET_SERVICE_HTTP): a server, a port and
 * credentials that requests under it use. Opening it sends nothing; WinINet pools the underlying
 * TCP connections itself.
 *
 * <pre>{@code
 * try (HttpConnection server = session.connection("127.0.0.1").port(8443).secure(true)
 *         .user("alice").password(password).open();
 *      HttpRequest request = server.openRequest("GET", "/private")) {
 *     request.send();
 * }
 * }</pre>
 */
public final class HttpConnection extends InternetHandle {
    final InternetSession session;
    final boolean secure;
    /** Whether this connection was given a user name (see {@link CachedCredentials}). */
    final boolean hasCredentials;
    /** The server's {@link CachedCredentials} key. */
    final String server;

    HttpConnection(HandleState state, InternetSession session, boolean secure, boolean hasCredentials, String server) {
        super(state);
        this.session = session;
        this.secure = secure;
        this.hasCredentials = hasCredentials;
        this.server = server;
    }

    /** Whether requests under this connection use TLS. */
    public boolean isSecure() {
        return secure;
    }

    /** A request with the defaults (HTTP/1.1, no referrer, any type). */
    public HttpRequest openRequest(String verb, String path) throws WinInetException {
        return request(verb, path).open();
    }

    /** A builder for a request, for version, referrer, accept types, flags and TLS leniency. */
    public HttpRequestBuilder request(String verb, String path) {
        return new HttpRequestBuilder(this, verb, path);
    }
}
