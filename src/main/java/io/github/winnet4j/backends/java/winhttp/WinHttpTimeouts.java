package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.raw.WinHttpConstants;

/**
 * WinHTTP's four timeouts (WinHttpSetTimeouts and WINHTTP_OPTION_*_TIMEOUT), with its defaults:
 * resolve none, connect 60 s, send 30 s, receive 30 s. 0 and -1 mean "no timeout". The resolve
 * timeout is kept and reported but not applied: the JDK's name lookup has no timeout.
 */
final class WinHttpTimeouts {
    static final int DEFAULT_RESOLVE_MS = 0;
    static final int DEFAULT_CONNECT_MS = 60_000;
    static final int DEFAULT_SEND_MS = 30_000;
    static final int DEFAULT_RECEIVE_MS = 30_000;

    private WinHttpTimeouts() {
    }

    /** Puts the defaults on a new session. */
    static void setDefaults(WinHttpObject session) {
        session.setOption(WinHttpConstants.WINHTTP_OPTION_RESOLVE_TIMEOUT, DEFAULT_RESOLVE_MS);
        session.setOption(WinHttpConstants.WINHTTP_OPTION_CONNECT_TIMEOUT, DEFAULT_CONNECT_MS);
        session.setOption(WinHttpConstants.WINHTTP_OPTION_SEND_TIMEOUT, DEFAULT_SEND_MS);
        session.setOption(WinHttpConstants.WINHTTP_OPTION_RECEIVE_TIMEOUT, DEFAULT_RECEIVE_MS);
    }

    static boolean isTimeout(int option) {
        return option == WinHttpConstants.WINHTTP_OPTION_RESOLVE_TIMEOUT
                || option == WinHttpConstants.WINHTTP_OPTION_CONNECT_TIMEOUT
                || option == WinHttpConstants.WINHTTP_OPTION_SEND_TIMEOUT
                || option == WinHttpConstants.WINHTTP_OPTION_RECEIVE_TIMEOUT
                || option == WinHttpConstants.WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT;
    }

    /** The timeout in milliseconds for the JDK (0 = none). */
    static int millis(WinHttpObject object, int option) {
        Object value = object.option(option);
        if (!(value instanceof Integer i)) {
            return 0;
        }
        return i <= 0 ? 0 : i;
    }
}
