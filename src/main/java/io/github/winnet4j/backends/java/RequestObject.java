package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.WinInetConstants;

import java.io.OutputStream;
import java.net.HttpURLConnection;
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
    final String verb;
    final String objectName;
    final String version;
    final String referrer;
    final List<String> acceptTypes;
    final int flags;
    /** The URL the handle was opened for; every send starts from it (redirects change {@link #url}). */
    final URI requestedUrl;
    /** The headers added with HttpAddRequestHeadersW and HttpSendRequestW. */
    final HeaderList headers = new HeaderList();
    /** Serialises send, write, read and query on this request. */
    final Object lock = new Object();
    private byte[] copyBuffer;

    volatile State state = State.NEW;
    /** The URL of the last exchange (after redirects). */
    volatile URI url;
    volatile String sentRequestLine;
    volatile HeaderList sentHeaders;
    volatile ResponseHead response;
    volatile ResponseBody body;
    volatile HttpURLConnection active;
    volatile OutputStream upload;
    volatile long uploadDeclared;
    volatile long uploadWritten;

    RequestObject(long handle, ConnectionObject connection, String verb, String objectName, String version,
                  String referrer, List<String> acceptTypes, int flags, long context, URI url) {
        super(handle, connection, context);
        this.connection = connection;
        this.verb = verb;
        this.objectName = objectName;
        this.version = version;
        this.referrer = referrer;
        this.acceptTypes = acceptTypes;
        this.flags = flags;
        this.requestedUrl = url;
        this.url = url;
    }

    @Override
    int handleType() {
        return WinInetConstants.INTERNET_HANDLE_TYPE_HTTP_REQUEST;
    }

    boolean secure() {
        return "https".equalsIgnoreCase(url.getScheme());
    }

    boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    /** The SECURITY_FLAG_* leniency of this request: its option plus its INTERNET_FLAG_IGNORE_CERT_*. */
    int securityFlags() {
        Object option = option(WinInetConstants.INTERNET_OPTION_SECURITY_FLAGS);
        int value = option instanceof Integer i ? i : 0;
        value |= flags & (WinInetConstants.INTERNET_FLAG_IGNORE_CERT_CN_INVALID
                | WinInetConstants.INTERNET_FLAG_IGNORE_CERT_DATE_INVALID);
        return value;
    }

    @Override
    void release() {
        HttpConnections.abandon(body, active);
    }

    /**
     * A reusable copy buffer for request bodies, made on first use: most requests send no body,
     * and zeroing 64 KiB for each of them was a measurable share of a small request's cost.
     */
    byte[] copyBuffer() {
        byte[] buffer = copyBuffer;
        if (buffer == null) {
            buffer = new byte[ResponseBody.CHUNK_BYTES];
            copyBuffer = buffer;
        }
        return buffer;
    }
}
