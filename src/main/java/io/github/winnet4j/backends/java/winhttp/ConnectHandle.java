package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.raw.WinHttpConstants;

/** The object behind a WinHttpConnect handle: the server of later requests (no traffic yet). */
final class ConnectHandle extends WinHttpObject {
    final SessionHandle session;
    final String host;
    /** The port given, 0 (INTERNET_DEFAULT_PORT) meaning the scheme's default. */
    final int port;

    ConnectHandle(long handle, SessionHandle session, String host, int port) {
        super(handle, session);
        this.session = session;
        this.host = host;
        this.port = port;
    }

    @Override
    int handleType() {
        return WinHttpConstants.WINHTTP_HANDLE_TYPE_CONNECT;
    }
}
