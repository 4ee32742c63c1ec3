package io.github.winnet4j.backends.java.winhttp;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinError;
import io.github.winnet4j.backends.java.ExchangeRounds;
import io.github.winnet4j.backends.java.FailureMapping;
import io.github.winnet4j.backends.java.HeaderList;
import io.github.winnet4j.backends.java.HttpConnections;
import io.github.winnet4j.backends.java.HttpRequestState;
import io.github.winnet4j.backends.java.ResponseBody;
import io.github.winnet4j.backends.java.TransferBuffer;
import io.github.winnet4j.backends.java.ResponseHead;
import io.github.winnet4j.backends.java.TlsPolicy;
import io.github.winnet4j.backends.java.Win32Failure;
import io.github.winnet4j.raw.WinHttpConstants;
import io.github.winnet4j.raw.WinHttpErrors;
import io.github.winnet4j.raw.WinInetErrors;

import javax.net.ssl.HttpsURLConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpRetryException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;

import static io.github.winnet4j.backends.java.HttpConnections.bodyless;
import static io.github.winnet4j.backends.java.HttpConnections.discard;
import static io.github.winnet4j.backends.java.HttpConnections.requestTarget;
import static io.github.winnet4j.backends.java.HttpConnections.responseStream;

/**
 * Performs a WinHTTP request's exchanges with {@link HttpURLConnection}, one per redirect hop or
 * authentication round, reusing the WinINet engine's pieces (response head and body, TLS policy,
 * failure mapping, cookie store, proxy selection).
 *
 * <p>WinHttpSendRequest connects and sends the head (a refused connection or a TLS failure is
 * reported there, as by winhttp.dll) and the optional body; when {@code dwTotalLength} exceeds it
 * the rest streams through WinHttpWriteData in fixed-length mode (bounded memory). A body given
 * whole is kept so that a redirect (307/308) or an authentication retry can send it again.
 * WinHttpReceiveResponse reads the head, follows redirects per WINHTTP_OPTION_REDIRECT_POLICY
 * (NEVER, DISALLOW_HTTPS_TO_HTTP: the default, ALWAYS) and WINHTTP_DISABLE_REDIRECTS, at most
 * WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS hops (default 10, then
 * ERROR_WINHTTP_REDIRECT_FAILED), and answers one 401/407 Basic challenge by itself when
 * WINHTTP_OPTION_USERNAME/PASSWORD (PROXY_*) are set.
 *
 * <p>Known differences, all from HttpURLConnection: Accept is {@code *}{@code /*} when the request
 * names none; an empty agent becomes the JDK's; the reserved headers (Host, Connection,
 * Content-Length, Upgrade...) cannot be set by the caller; verbs other than GET, POST, HEAD,
 * OPTIONS, PUT, DELETE and TRACE fail with ERROR_INVALID_PARAMETER; the send timeout is not applied;
 * Basic authentication to a proxy works for http URLs (the header goes to the proxy) but not
 * for the CONNECT tunnel of https URLs.
 */
final class WinHttpExchange {
    static final int DEFAULT_MAX_REDIRECTS = 10;
    /** Bodies given whole up to this size are buffered by the JDK (and can be sent again). */
    static final int BUFFERED_BODY_LIMIT = 1 << 20;

    private WinHttpExchange() {
    }

    /** WinHttpSendRequest (after the caller's headers were added). */
    static void send(RequestHandle r, Pointer optional, long optionalLength, long totalLength) throws Win32Failure {
        long total = Math.max(totalLength, optionalLength);
        if (total > 0 && total == optionalLength && optionalLength <= BUFFERED_BODY_LIMIT) {
            byte[] bytes = new byte[(int) optionalLength];
            optional.read(0, bytes, 0, bytes.length);
            r.replayBody = bytes;
        }
        HttpURLConnection c = open(r, r.http.url, r.http.verb, total, RequestAuth.preemptive(r));
        if (total > 0) {
            try {
                r.http.upload = HttpRequestState.uploadStream(c.getOutputStream(), total);
                r.http.copy(optional, optionalLength, r.http.upload);
            } catch (IOException e) {
                throw failure(r, c, e);
            }
            r.http.uploadDeclared = total;
            r.http.uploadWritten = optionalLength;
            r.bodyStreamed = r.replayBody == null;
        }
        r.state = RequestHandle.State.SENT;
    }

    /** WinHttpWriteData. */
    static int write(RequestHandle r, TransferBuffer data, int length) throws Win32Failure {
        long n = Integer.toUnsignedLong(length);
        if (r.http.upload == null || r.http.uploadWritten + n > r.http.uploadDeclared) {
            throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
        }
        try {
            r.http.writeUpload(data, n);
        } catch (IOException e) {
            throw failure(r, r.http.active, e);
        }
        return length;
    }

    /** WinHttpReceiveResponse. */
    static void receive(RequestHandle r) throws Win32Failure {
        HttpURLConnection c = r.http.active;
        if (r.http.upload != null) {
            if (r.http.uploadWritten < r.http.uploadDeclared) {
                throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
            }
            try {
                r.http.upload.close();
            } catch (IOException e) {
                throw failure(r, c, e);
            } finally {
                r.http.upload = null;
            }
        }
        Rounds rounds = new Rounds(r);
        c = rounds.run(c);
        ResponseHead head = r.http.response;
        boolean headRequest = rounds.method().equals("HEAD");
        InputStream stream = responseStream(c, head, headRequest);
        long expected = head.contentLength(headRequest);
        String coding = c.getContentEncoding();
        if (stream != null && Decompression.applies(r, coding)) {
            try {
                stream = Decompression.inflate(stream, coding);
            } catch (IOException e) {
                c.disconnect();
                throw new Win32Failure(e instanceof java.net.SocketTimeoutException ? WinHttpErrors.ERROR_WINHTTP_TIMEOUT
                        : WinHttpErrors.ERROR_WINHTTP_INVALID_SERVER_RESPONSE, e);
            }
            expected = -1;
        }
        r.http.body = new ResponseBody(stream, expected,
                c::disconnect, "winnet4j-winhttp-body-" + Long.toHexString(r.handle));
        r.state = RequestHandle.State.RECEIVED;
        if (r.isClosed()) {
            r.http.body.cancel();
            throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_OPERATION_CANCELLED);
        }
    }

    /**
     * WinHTTP's rounds: redirects as {@link Redirects} allows, at most
     * WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS; cookies unless WINHTTP_DISABLE_COOKIES; one 401
     * and one 407 answered by {@link RequestAuth}. A body given whole is sent again; one that went
     * through WinHttpWriteData cannot be.
     */
    private static final class Rounds extends ExchangeRounds<byte[]> {
        private final RequestHandle r;
        private boolean serverAuthTried;
        private boolean proxyAuthTried;

        Rounds(RequestHandle r) {
            super(r.http, r.replayBody, r.bodyStreamed, Redirects.maxRedirects(r),
                    WinHttpErrors.ERROR_WINHTTP_REDIRECT_FAILED);
            this.r = r;
        }

        @Override
        protected ResponseHead readHead(HttpURLConnection c) throws Win32Failure {
            ResponseHead head = WinHttpExchange.readHead(r, c);
            if ((r.disabledFeatures() & WinHttpConstants.WINHTTP_DISABLE_COOKIES) == 0) {
                r.connect.session.cookies.storeFrom(r.http.url, head.headers);
            }
            return head;
        }

        @Override
        protected URI redirectTarget(HttpURLConnection c, ResponseHead head) throws Win32Failure {
            try {
                return Redirects.target(r, head);
            } catch (Win32Failure unusable) {
                discard(c);
                throw unusable;
            }
        }

        @Override
        protected HttpURLConnection redirectTo(URI next) throws Win32Failure {
            StatusCallbacks.string(r, WinHttpConstants.WINHTTP_CALLBACK_STATUS_REDIRECT, next.toString());
            return resend(r, method(), body(), RequestAuth.preemptive(r));
        }

        @Override
        protected HttpURLConnection answerChallenge(HttpURLConnection c, ResponseHead head) throws Win32Failure {
            String retry = null;
            if (head.statusCode == 401 && !serverAuthTried) {
                serverAuthTried = true;
                retry = RequestAuth.automatic(r, head, false);
            } else if (head.statusCode == 407 && !proxyAuthTried) {
                proxyAuthTried = true;
                retry = RequestAuth.automatic(r, head, true);
            }
            if (retry == null) {
                return null;
            }
            discard(c);
            return resend(r, method(), body(), RequestAuth.preemptive(r).with(head.statusCode == 407, retry));
        }
    }

    private static HttpURLConnection resend(RequestHandle r, String method, byte[] body, RequestAuth.Headers auth)
            throws Win32Failure {
        HttpURLConnection c = open(r, r.http.url, method, body == null ? 0 : body.length, auth);
        if (body != null && body.length > 0) {
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            } catch (IOException e) {
                throw failure(r, c, e);
            }
        }
        return c;
    }

    private static HttpURLConnection open(RequestHandle r, URI url, String method, long bodyLength,
                                          RequestAuth.Headers auth) throws Win32Failure {
        if (r.isClosed()) {
            throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_OPERATION_CANCELLED);
        }
        Proxy proxy = ProxyConfig.forRequest(r, url);
        HttpURLConnection c = HttpConnections.open(url, proxy, method, WinHttpErrors.ERROR_WINHTTP_INVALID_URL,
                WinError.ERROR_INVALID_PARAMETER);
        c.setConnectTimeout(WinHttpTimeouts.millis(r, WinHttpConstants.WINHTTP_OPTION_CONNECT_TIMEOUT));
        c.setReadTimeout(WinHttpTimeouts.millis(r, WinHttpConstants.WINHTTP_OPTION_RECEIVE_TIMEOUT));
        if (c instanceof HttpsURLConnection https) {
            int security = r.securityFlags();
            https.setSSLSocketFactory(SecureProtocols.factory(security, SecureProtocols.of(r)));
            https.setHostnameVerifier(TlsPolicy.hostnameVerifier(security));
        }
        HeaderList sent = RequestHeaders.build(r, url, auth);
        Decompression.ask(r, sent);
        HttpConnections.addRequestHeaders(c, sent);
        if (bodyLength > 0) {
            c.setDoOutput(true);
            if (bodyLength > BUFFERED_BODY_LIMIT || r.replayBody == null) {
                c.setFixedLengthStreamingMode(bodyLength);
            }
        } else if (!bodyless(method)) {
            c.setDoOutput(true);
            c.setFixedLengthStreamingMode(0);
        }
        r.http.sentRequestLine = method + " " + requestTarget(url, proxy) + " " + r.http.version;
        r.http.sentHeaders = sent;
        r.http.active = c;
        String host = url.getHost();
        StatusCallbacks.string(r, WinHttpConstants.WINHTTP_CALLBACK_STATUS_RESOLVING_NAME, host);
        StatusCallbacks.string(r, WinHttpConstants.WINHTTP_CALLBACK_STATUS_NAME_RESOLVED, host);
        StatusCallbacks.string(r, WinHttpConstants.WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER, host);
        try {
            c.connect();
        } catch (IOException e) {
            throw failure(r, c, e);
        }
        StatusCallbacks.string(r, WinHttpConstants.WINHTTP_CALLBACK_STATUS_CONNECTED_TO_SERVER, host);
        StatusCallbacks.none(r, WinHttpConstants.WINHTTP_CALLBACK_STATUS_SENDING_REQUEST);
        return c;
    }

    private static ResponseHead readHead(RequestHandle r, HttpURLConnection c) throws Win32Failure {
        StatusCallbacks.dword(r, WinHttpConstants.WINHTTP_CALLBACK_STATUS_REQUEST_SENT, 0);
        StatusCallbacks.none(r, WinHttpConstants.WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE);
        ResponseHead head;
        try {
            head = HttpConnections.readHead(c, WinHttpErrors.ERROR_WINHTTP_INVALID_SERVER_RESPONSE);
        } catch (HttpRetryException e) {
            if (r.isClosed()) {
                throw failure(r, c, e);
            }
            head = HttpConnections.challengeWithoutHeaders(e);
        } catch (IOException e) {
            throw failure(r, c, e);
        }
        StatusCallbacks.dword(r, WinHttpConstants.WINHTTP_CALLBACK_STATUS_RESPONSE_RECEIVED, 0);
        return head;
    }

    /** Maps a JDK failure; a refused certificate is reported to the callback before the code is returned. */
    static Win32Failure failure(RequestHandle r, HttpURLConnection c, IOException e) {
        int code;
        if (HttpConnections.hostNameRefused(c) && !r.isClosed()) {
            code = WinInetErrors.ERROR_INTERNET_SEC_CERT_CN_INVALID;
        } else if (r.isClosed()) {
            code = WinHttpErrors.ERROR_WINHTTP_OPERATION_CANCELLED;
        } else {
            code = FailureMapping.forExchange(e);
        }
        if (c != null) {
            c.disconnect();
        }
        int flags = WinHttpFailures.secureFailureFlags(code);
        if (flags != 0) {
            r.secureFailureFlags = flags;
            StatusCallbacks.dword(r, WinHttpConstants.WINHTTP_CALLBACK_STATUS_SECURE_FAILURE, flags);
        }
        return new Win32Failure(WinHttpFailures.translate(code), e);
    }
}
