package io.github.winnet4j.api.winhttp;

import io.github.winnet4j.api.HandleNode;

/**
 * A server a {@link WinHttpSession} talks to (WinHttpConnect): host, port and whether requests use
 * TLS. Opening it makes no traffic; requests do.
 *
 * <pre>{@code
 * try (WinHttpConnection server = session.connect("127.0.0.1", 8443, true);
 *      WinHttpRequest request = server.request("GET", "/").open()) {
 *     request.send();
 *     request.receive();
 * }
 * }</pre>
 */
public final class WinHttpConnection extends WinHttpHandle {
    final WinHttpSession session;
    final boolean https;

    WinHttpConnection(HandleNode node, WinHttpSession session, boolean https) {
        super(node);
        this.session = session;
        this.https = https;
    }

    /** Whether requests on this connection use TLS. */
    public boolean isHttps() {
        return https;
    }

    /**
     * A builder for a request.
     *
     * @param verb e.g. {@code "GET"}
     * @param path the path and query, e.g. {@code "/a?b=1"}
     */
    public WinHttpRequestBuilder request(String verb, String path) {
        return new WinHttpRequestBuilder(this, verb, path);
    }

    /**
     * Opens a WebSocket on {@code path}: a GET with WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET, which
     * must be answered with 101, then WinHttpWebSocketCompleteUpgrade.
     *
     * @throws WinHttpException if the server did not switch protocols (the status is in the message)
     */
    public WinHttpWebSocket openWebSocket(String path) throws WinHttpException {
        try (WinHttpRequest request = request("GET", path).open()) {
            request.prepareWebSocketUpgrade();
            request.send();
            request.receive();
            return WinHttpWebSocket.upgrade(request);
        }
    }

    HandleNode node() {
        return node;
    }
}
