package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.backends.java.HttpRequestState;
import io.github.winnet4j.raw.WinHttpConstants;

import java.util.List;

/**
 * The object behind a WinHttpOpenRequest handle: what to send and, once received, the response.
 *
 * <p>States: NEW until WinHttpSendRequest; SENT until WinHttpReceiveResponse (the declared body
 * is written meanwhile with WinHttpWriteData); RECEIVED once a response head has been read. A
 * request may be sent again after a response (to answer a 401/407 with credentials). Operations
 * other than close are serialised on {@link #lock}; close ({@link #release()}) never takes it, so
 * that it can interrupt a blocked operation.
 */
final class RequestHandle extends WinHttpObject {
    enum State { NEW, SENT, RECEIVED }

    final ConnectHandle connect;
    /** What to send and the state of the current exchange. */
    final HttpRequestState http;
    /** Serialises send, write, read and query on this request. */
    final Object lock = new Object();

    volatile State state = State.NEW;
    /** A body given whole to WinHttpSendRequest, kept to send again on a redirect or auth retry. */
    volatile byte[] replayBody;
    /** Whether the body went out through WinHttpWriteData and cannot be sent again. */
    volatile boolean bodyStreamed;
    /** The handshake connection of a WebSocket upgrade, handed over by WinHttpWebSocketCompleteUpgrade. */
    volatile WebSocketHandshake upgrade;
    /** The WINHTTP_CALLBACK_STATUS_FLAG_* bits of the last secure failure. */
    volatile int secureFailureFlags;
    /** Basic credentials from WinHttpSetCredentials: sent with the next sends. */
    volatile Credentials serverCredentials;
    volatile Credentials proxyCredentials;

    /** A user name and password for Basic authentication. */
    record Credentials(String user, String password) {
    }

    RequestHandle(long handle, ConnectHandle connect, String verb, String objectName, String version,
                  String referrer, List<String> acceptTypes, int flags) {
        super(handle, connect);
        this.connect = connect;
        this.http = new HttpRequestState(verb, objectName, version, referrer, acceptTypes, flags, null);
    }

    @Override
    int handleType() {
        return WinHttpConstants.WINHTTP_HANDLE_TYPE_REQUEST;
    }

    /** WINHTTP_OPTION_SECURITY_FLAGS as set on this request (0 when not). */
    int securityFlags() {
        return option(WinHttpConstants.WINHTTP_OPTION_SECURITY_FLAGS) instanceof Integer i ? i : 0;
    }

    /** The WINHTTP_DISABLE_* bits set with WINHTTP_OPTION_DISABLE_FEATURE. */
    int disabledFeatures() {
        return option(WinHttpConstants.WINHTTP_OPTION_DISABLE_FEATURE) instanceof Integer i ? i : 0;
    }

    /** Drops the previous exchange before the request is sent again. */
    void resetExchange() {
        release();
        http.body = null;
        http.active = null;
        http.upload = null;
        http.response = null;
        replayBody = null;
        bodyStreamed = false;
        upgrade = null;
        secureFailureFlags = 0;
    }

    @Override
    void release() {
        http.abandon();
        WebSocketHandshake u = upgrade;
        if (u != null) {
            u.close();
        }
    }
}
