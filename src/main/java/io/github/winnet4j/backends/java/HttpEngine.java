package io.github.winnet4j.backends.java;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinError;
import io.github.winnet4j.raw.WinInetConstants;
import io.github.winnet4j.raw.WinInetErrors;

import javax.net.ssl.HttpsURLConnection;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.HttpRetryException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import static io.github.winnet4j.backends.java.HttpConnections.bodyless;
import static io.github.winnet4j.backends.java.HttpConnections.discard;
import static io.github.winnet4j.backends.java.HttpConnections.requestTarget;
import static io.github.winnet4j.backends.java.HttpConnections.responseStream;

/**
 * Performs a request's exchanges with {@link HttpURLConnection}: one per redirect hop or
 * authentication round.
 *
 * <p>Why HttpURLConnection: it keeps the status line's reason phrase and the headers' order and
 * case, streams a declared-length body with bounded memory, and pools keep-alive connections.
 * Everything WinINet decides per request is decided here per connection: the {@link Proxy}, the
 * TLS socket factory and host name verifier, timeouts, redirects (followed here, never by the
 * JDK), cookies (the backend's own jar) and authentication (never the JVM's Authenticator).
 *
 * <p>Redirects: 301, 302, 303, 307 and 308 with a Location are followed unless
 * INTERNET_FLAG_NO_AUTO_REDIRECT, at most {@value #MAX_REDIRECTS} times (then
 * ERROR_HTTP_REDIRECT_FAILED). 303, and 301/302 after POST, continue with GET and no body; 307 and
 * 308 repeat the method and body when the body can be sent again (HttpSendRequestW's) and are
 * otherwise returned to the caller. https to http fails with ERROR_INTERNET_HTTPS_TO_HTTP_ON_REDIR
 * unless INTERNET_FLAG_IGNORE_REDIRECT_TO_HTTP.
 *
 * <p>Known differences from WinINet, all from HttpURLConnection: it adds {@code Accept} when the
 * request has none ({@code *}{@code /*} is sent instead of WinINet's nothing) and
 * {@code Content-Type: application/x-www-form-urlencoded} to bodies without a type; it drops
 * the headers it reserves (Host, Connection, Content-Length, Transfer-Encoding, Upgrade...) from
 * the caller's headers; it refuses verbs other than GET, POST, HEAD, OPTIONS, PUT, DELETE and
 * TRACE (ERROR_CALL_NOT_IMPLEMENTED here); a 401 or 407 to a streamed (HttpSendRequestExW) body
 * comes back without headers; the send timeout is not applied.
 */
final class HttpEngine {
    /** The most redirects one request follows. */
    static final int MAX_REDIRECTS = 100;
    /** HttpSendRequestW bodies up to this size are buffered (so a 401 can be answered); larger ones stream. */
    static final int BUFFERED_BODY_LIMIT = 1 << 20;

    static final int DEFAULT_CONNECT_TIMEOUT_MS = 60_000;
    static final int DEFAULT_SEND_TIMEOUT_MS = 30_000;
    static final int DEFAULT_RECEIVE_TIMEOUT_MS = 30_000;

    private final CookieJar cookies;

    HttpEngine(CookieJar cookies) {
        this.cookies = cookies;
    }

    /** A request body in native memory (HttpSendRequestW's), which can be sent again. */
    private record NativeBody(Pointer memory, long length) {
    }

    /** How the JDK is to send a request body. */
    private enum BodyMode { NONE, BUFFERED, FIXED, CHUNKED }

    /** HttpSendRequestW: sends with an optional body and reads the response head. */
    void send(RequestObject r, Pointer body, long length) throws Win32Failure {
        NativeBody replay = length > 0 ? new NativeBody(body, length) : null;
        HttpURLConnection c = open(r, r.http.url, r.http.verb, replay, null);
        writeBody(r, c, replay);
        complete(r, c, replay, false);
    }

    /** HttpSendRequestExW: sends the head; the body follows through {@link #write}; -1 = unknown length. */
    void begin(RequestObject r, long declaredLength) throws Win32Failure {
        HttpURLConnection c = open(r, r.http.url, r.http.verb, declaredLength < 0 ? BodyMode.CHUNKED : BodyMode.FIXED,
                Math.max(declaredLength, 0), null);
        try {
            r.http.upload = HttpRequestState.uploadStream(c.getOutputStream(), declaredLength);
        } catch (IOException e) {
            throw failure(r, c, e);
        }
        r.http.uploadDeclared = declaredLength;
        r.http.uploadWritten = 0;
        r.state = RequestObject.State.WRITING;
    }

    /** InternetWriteFile on a request begun with HttpSendRequestExW. */
    void write(RequestObject r, TransferBuffer data, int length) throws Win32Failure {
        long n = Integer.toUnsignedLong(length);
        if (r.http.uploadDeclared >= 0 && r.http.uploadWritten + n > r.http.uploadDeclared) {
            throw new Win32Failure(WinError.ERROR_INVALID_PARAMETER);
        }
        try {
            r.http.writeUpload(data, n);
        } catch (IOException e) {
            throw failure(r, r.http.active, e);
        }
    }

    /** HttpEndRequestW: finishes the body and reads the response head. */
    void end(RequestObject r) throws Win32Failure {
        HttpURLConnection c = r.http.active;
        try {
            r.http.upload.close();
        } catch (IOException e) {
            throw failure(r, c, e);
        } finally {
            r.http.upload = null;
        }
        complete(r, c, null, true);
    }

    private void complete(RequestObject r, HttpURLConnection first, NativeBody replay, boolean streamed)
            throws Win32Failure {
        Rounds rounds = new Rounds(r, replay, streamed);
        HttpURLConnection c = rounds.run(first);
        ResponseHead head = r.http.response;
        boolean headRequest = rounds.method().equals("HEAD");
        r.http.body = new ResponseBody(responseStream(c, head, headRequest), head.contentLength(headRequest),
                c::disconnect, "winnet4j-body-" + Long.toHexString(r.handle));
        r.state = RequestObject.State.SENT;
        if (r.isClosed()) {
            r.http.body.cancel();
            throw new Win32Failure(WinInetErrors.ERROR_INTERNET_OPERATION_CANCELLED);
        }
    }

    /**
     * WinINet's rounds: redirects as {@link #redirectTarget} allows, at most {@value #MAX_REDIRECTS};
     * cookies unless INTERNET_FLAG_NO_COOKIES; one 401 answered with Basic and the connection's
     * credentials. A streamed (HttpSendRequestExW) body cannot be sent again.
     */
    private final class Rounds extends ExchangeRounds<NativeBody> {
        private final RequestObject r;
        private boolean streamed;
        private boolean authTried;

        Rounds(RequestObject r, NativeBody replay, boolean streamed) {
            super(r.http, replay, streamed && !bodyless(r.http.verb), MAX_REDIRECTS,
                    WinInetErrors.ERROR_HTTP_REDIRECT_FAILED);
            this.r = r;
            this.streamed = streamed;
        }

        @Override
        protected ResponseHead readHead(HttpURLConnection c) throws Win32Failure {
            ResponseHead head = HttpEngine.this.readHead(r, c, streamed);
            streamed = false;
            if (!r.http.hasFlag(WinInetConstants.INTERNET_FLAG_NO_COOKIES)) {
                cookies.storeFrom(r.http.url, head.headers);
            }
            return head;
        }

        @Override
        protected URI redirectTarget(HttpURLConnection c, ResponseHead head) throws Win32Failure {
            return HttpEngine.this.redirectTarget(r, head);
        }

        @Override
        protected HttpURLConnection redirectTo(URI next) throws Win32Failure {
            StatusNotifier.notifyString(r, WinInetConstants.INTERNET_STATUS_REDIRECT, next.toString());
            return openAndWrite(next, null);
        }

        @Override
        protected HttpURLConnection answerChallenge(HttpURLConnection c, ResponseHead head) throws Win32Failure {
            if (head.statusCode != 401 || authTried || r.connection.user() == null || !offersBasic(head)) {
                return null;
            }
            authTried = true;
            discard(c);
            return openAndWrite(r.http.url, basic(r.connection.user(), r.connection.password()));
        }

        private HttpURLConnection openAndWrite(URI url, String authorization) throws Win32Failure {
            HttpURLConnection c = open(r, url, method(), body(), authorization);
            writeBody(r, c, body());
            return c;
        }
    }

    private HttpURLConnection open(RequestObject r, URI url, String method, NativeBody body, String authorization)
            throws Win32Failure {
        if (body != null) {
            BodyMode mode = body.length <= BUFFERED_BODY_LIMIT ? BodyMode.BUFFERED : BodyMode.FIXED;
            return open(r, url, method, mode, body.length, authorization);
        }
        return open(r, url, method, bodyless(method) ? BodyMode.NONE : BodyMode.FIXED, 0, authorization);
    }

    private HttpURLConnection open(RequestObject r, URI url, String method, BodyMode mode, long length,
                                   String authorization) throws Win32Failure {
        if (r.isClosed()) {
            throw new Win32Failure(WinInetErrors.ERROR_INTERNET_OPERATION_CANCELLED);
        }
        Proxy proxy = r.connection.session.proxy().select(url);
        HttpURLConnection c = HttpConnections.open(url, proxy, method, WinInetErrors.ERROR_INTERNET_INVALID_URL,
                WinError.ERROR_CALL_NOT_IMPLEMENTED);
        c.setConnectTimeout(Timeouts.millis(r, WinInetConstants.INTERNET_OPTION_CONNECT_TIMEOUT));
        c.setReadTimeout(Timeouts.millis(r, WinInetConstants.INTERNET_OPTION_RECEIVE_TIMEOUT));
        if (c instanceof HttpsURLConnection https) {
            int security = r.securityFlags();
            https.setSSLSocketFactory(TlsPolicy.socketFactory(security));
            https.setHostnameVerifier(TlsPolicy.hostnameVerifier(security));
        }
        HeaderList sent = requestHeaders(r, url, authorization);
        HttpConnections.addRequestHeaders(c, sent);
        switch (mode) {
            case BUFFERED -> c.setDoOutput(true);
            case FIXED -> {
                c.setDoOutput(true);
                c.setFixedLengthStreamingMode(length);
            }
            case CHUNKED -> {
                c.setDoOutput(true);
                c.setChunkedStreamingMode(ResponseBody.CHUNK_BYTES);
            }
            default -> {
            }
        }
        r.http.sentRequestLine = method + " " + requestTarget(url, proxy) + " " + r.http.version;
        r.http.sentHeaders = sent;
        r.http.active = c;
        StatusNotifier.notifyString(r, WinInetConstants.INTERNET_STATUS_RESOLVING_NAME, url.getHost());
        StatusNotifier.notifyString(r, WinInetConstants.INTERNET_STATUS_NAME_RESOLVED, url.getHost());
        StatusNotifier.notifyString(r, WinInetConstants.INTERNET_STATUS_CONNECTING_TO_SERVER, url.getHost());
        try {
            c.connect();
        } catch (IOException e) {
            throw failure(r, c, e);
        }
        StatusNotifier.notifyString(r, WinInetConstants.INTERNET_STATUS_CONNECTED_TO_SERVER, url.getHost());
        StatusNotifier.notifyDword(r, WinInetConstants.INTERNET_STATUS_SENDING_REQUEST, 0);
        return c;
    }

    /** The headers that go out with the request, in order (what HTTP_QUERY_FLAG_REQUEST_HEADERS shows). */
    private HeaderList requestHeaders(RequestObject r, URI url, String authorization) {
        HeaderList sent = new HeaderList();
        if (!r.http.acceptTypes.isEmpty()) {
            sent.add("Accept", String.join(", ", r.http.acceptTypes));
        }
        String agent = (String) r.option(WinInetConstants.INTERNET_OPTION_USER_AGENT);
        if (agent != null && !agent.isEmpty()) {
            sent.add("User-Agent", agent);
        }
        if (r.http.referrer != null && !r.http.referrer.isEmpty()) {
            sent.add("Referer", r.http.referrer);
        }
        if (r.http.hasFlag(WinInetConstants.INTERNET_FLAG_PRAGMA_NOCACHE)
                || r.http.hasFlag(WinInetConstants.INTERNET_FLAG_RELOAD)) {
            sent.add("Pragma", "no-cache");
        }
        OutgoingHeaders.addCallerHeaders(sent, r.http.headers);
        OutgoingHeaders.addHost(sent, url);
        if (!r.http.hasFlag(WinInetConstants.INTERNET_FLAG_NO_COOKIES)) {
            OutgoingHeaders.addCookies(sent, cookies.cookiesFor(url));
        }
        if (authorization != null) {
            sent.set("Authorization", authorization);
        }
        return sent;
    }

    private void writeBody(RequestObject r, HttpURLConnection c, NativeBody body) throws Win32Failure {
        if (body == null) {
            return;
        }
        try (OutputStream out = c.getOutputStream()) {
            r.http.copy(body.memory, body.length, out);
        } catch (IOException e) {
            throw failure(r, c, e);
        }
    }

    private ResponseHead readHead(RequestObject r, HttpURLConnection c, boolean streamed) throws Win32Failure {
        StatusNotifier.notifyDword(r, WinInetConstants.INTERNET_STATUS_REQUEST_SENT, 0);
        StatusNotifier.notifyDword(r, WinInetConstants.INTERNET_STATUS_RECEIVING_RESPONSE, 0);
        ResponseHead head;
        try {
            head = HttpConnections.readHead(c, WinInetErrors.ERROR_HTTP_INVALID_SERVER_RESPONSE);
        } catch (HttpRetryException e) {
            if (!streamed || r.isClosed()) {
                throw failure(r, c, e);
            }
            head = HttpConnections.challengeWithoutHeaders(e);
        } catch (IOException e) {
            throw failure(r, c, e);
        }
        StatusNotifier.notifyDword(r, WinInetConstants.INTERNET_STATUS_RESPONSE_RECEIVED, 0);
        return head;
    }

    private URI redirectTarget(RequestObject r, ResponseHead head) throws Win32Failure {
        int code = head.statusCode;
        if (code != 301 && code != 302 && code != 303 && code != 307 && code != 308) {
            return null;
        }
        if (r.http.hasFlag(WinInetConstants.INTERNET_FLAG_NO_AUTO_REDIRECT)) {
            return null;
        }
        String location = head.headers.first("Location");
        if (location == null || location.isBlank()) {
            return null;
        }
        URI target = UrlText.parse(location.strip());
        if (target == null) {
            throw new Win32Failure(WinInetErrors.ERROR_HTTP_REDIRECT_FAILED);
        }
        target = r.http.url.resolve(target);
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null; // WinINet leaves redirects to other schemes to the caller
        }
        if (r.http.secure() && scheme.equals("http")
                && !r.http.hasFlag(WinInetConstants.INTERNET_FLAG_IGNORE_REDIRECT_TO_HTTP)
                && (r.securityFlags() & WinInetConstants.SECURITY_FLAG_IGNORE_REDIRECT_TO_HTTP) == 0) {
            throw new Win32Failure(WinInetErrors.ERROR_INTERNET_HTTPS_TO_HTTP_ON_REDIR);
        }
        return target;
    }

    private static boolean offersBasic(ResponseHead head) {
        for (HeaderList.Header h : head.headers.all()) {
            if (h.name().equalsIgnoreCase("WWW-Authenticate")
                    && h.value().strip().toLowerCase(Locale.ROOT).startsWith("basic")) {
                return true;
            }
        }
        return false;
    }

    private static String basic(String user, String password) {
        String pair = user + ":" + (password == null ? "" : password);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static Win32Failure failure(RequestObject r, HttpURLConnection c, IOException e) {
        if (HttpConnections.hostNameRefused(c) && !r.isClosed()) {
            c.disconnect();
            return new Win32Failure(WinInetErrors.ERROR_INTERNET_SEC_CERT_CN_INVALID, e);
        }
        if (c != null) {
            c.disconnect();
        }
        if (r.isClosed()) {
            return new Win32Failure(WinInetErrors.ERROR_INTERNET_OPERATION_CANCELLED, e);
        }
        return new Win32Failure(FailureMapping.forExchange(e), e);
    }
}
