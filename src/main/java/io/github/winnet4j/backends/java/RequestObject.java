package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.WinInetConstants;

import java.net.URI;
import java.util.List;

/**
 * The object behind an HttpOpenRequestW (or InternetOpenUrlW) handle: what to send, and once sent,
 * the response head and body.
 *
 * <p>States: NEW until sent; WRITING between HttpSendRequestExW and HttpEndRequestW; SENT once a
 * response head has been read. Operations other than close are serialised on {@link #lock};
 * close ({@link #release()}) never takes it, so that it can interrupt a blocked operation.
 */
final class RequestObject extends InternetObject {
    enum State { NEW, WRITING, SENT }

    final ConnectionObject connection;
    /** What to send and the state of the current exchange. */
    final HttpRequestState http;
    /** The URL the handle was opened for; every send starts from it (redirects change the exchange's URL). */
    final URI requestedUrl;
    /** Serialises send, write, read and query on this request. */
    final Object lock = new Object();

    volatile State state = State.NEW;

    RequestObject(long handle, ConnectionObject connection, String verb, String objectName, String version,
                  String referrer, List<String> acceptTypes, int flags, long context, URI url) {
        super(handle, connection, context);
        this.connection = connection;
        this.http = new HttpRequestState(verb, objectName, version, referrer, acceptTypes, flags, url);
        this.requestedUrl = url;
    }

    @Override
    int handleType() {
        return WinInetConstants.INTERNET_HANDLE_TYPE_HTTP_REQUEST;
    }

    /** The SECURITY_FLAG_* leniency of this request: its option plus its INTERNET_FLAG_IGNORE_CERT_*. */
    int securityFlags() {
        Object option = option(WinInetConstants.INTERNET_OPTION_SECURITY_FLAGS);
        int value = option instanceof Integer i ? i : 0;
        value |= http.flags & (WinInetConstants.INTERNET_FLAG_IGNORE_CERT_CN_INVALID
                | WinInetConstants.INTERNET_FLAG_IGNORE_CERT_DATE_INVALID);
        return value;
    }

    @Override
    void release() {
        http.abandon();
    }
}
