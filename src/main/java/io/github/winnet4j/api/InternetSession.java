package io.github.winnet4j.api;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.marshal.Arguments;
import io.github.winnet4j.marshal.BufferSize;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinInet;

import java.util.Optional;

import static io.github.winnet4j.raw.WinInetConstants.*;

/**
 * A WinINet session (InternetOpenW): the root of the handle tree, holding the user agent, the proxy
 * configuration, timeouts and the status listener that every handle under it inherits.
 *
 * <pre>{@code
 * try (InternetSession session = InternetSession.builder()
 *         .agent("my-app/1.0")
 *         .connectTimeout(Duration.ofSeconds(10))
 *         .open();
 *      HttpConnection server = session.connect("127.0.0.1", 8080);
 *      HttpRequest request = server.openRequest("GET", "/status")) {
 *     request.send();
 *     System.out.println(request.statusCode() + " " + request.statusText());
 *     System.out.println(new String(request.body().readAllBytes(), StandardCharsets.UTF_8));
 * }
 * }</pre>
 *
 * <p>A session may be shared by threads; each request belongs to one thread at a time.
 */
public final class InternetSession extends InternetHandle {
    final StatusDispatcher dispatcher;
    /** INTERNET_OPTION_* timeouts as set on this session, copied to every request; parallel to {@link #timeoutMillis}. */
    private final int[] timeoutOptions;
    private final int[] timeoutMillis;
    /** See {@link InternetSessionBuilder#reuseCachedCredentials()}. */
    final boolean reuseCachedCredentials;

    private InternetSession(HandleState state, StatusDispatcher dispatcher, java.util.Map<Integer, Integer> timeouts,
                            boolean reuseCachedCredentials) {
        super(state);
        this.dispatcher = dispatcher;
        this.reuseCachedCredentials = reuseCachedCredentials;
        this.timeoutOptions = new int[timeouts.size()];
        this.timeoutMillis = new int[timeouts.size()];
        int i = 0;
        for (java.util.Map.Entry<Integer, Integer> t : timeouts.entrySet()) {
            timeoutOptions[i] = t.getKey();
            timeoutMillis[i] = t.getValue();
            i++;
        }
    }

    /** A session with the defaults: the user's proxy configuration, the default backend. */
    public static InternetSession open() throws WinInetException {
        return builder().open();
    }

    /** A builder for a session. */
    public static InternetSessionBuilder builder() {
        return new InternetSessionBuilder();
    }

    static InternetSession open(InternetSessionBuilder b) throws WinInetException {
        Backend backend = b.backend;
        WinInet api = backend.wininet();
        Memory agent = Utf16.encode(b.agent, "agent");
        Memory proxy = Utf16.encode(b.proxy, "proxy");
        Memory bypass = Utf16.encode(b.bypass, "proxyBypass");
        HandleDrain.awaitNone();
        HINTERNET h = api.InternetOpenW(agent, b.accessType.value, proxy, bypass, b.flags);
        if (h == null) {
            throw Raw.failure(backend, "InternetOpenW", "agent " + b.agent);
        }
        HandleState state = new HandleState(backend, h, "InternetSession(" + b.agent + ")", null);
        StatusDispatcher dispatcher = b.listener == null ? null : new StatusDispatcher(b.listener);
        java.util.Map<Integer, Integer> timeouts = new java.util.LinkedHashMap<>();
        if (b.connectTimeoutMs != null) {
            timeouts.put(INTERNET_OPTION_CONNECT_TIMEOUT, b.connectTimeoutMs);
        }
        if (b.sendTimeoutMs != null) {
            timeouts.put(INTERNET_OPTION_SEND_TIMEOUT, b.sendTimeoutMs);
        }
        if (b.receiveTimeoutMs != null) {
            timeouts.put(INTERNET_OPTION_RECEIVE_TIMEOUT, b.receiveTimeoutMs);
        }
        InternetSession session = new InternetSession(state, dispatcher, timeouts, b.reuseCachedCredentials);
        try {
            session.applyTimeouts(h);
            if (dispatcher != null) {
                state.keepAlive(dispatcher);
                Pointer previous = api.InternetSetStatusCallbackW(h, dispatcher);
                if (previous != null && Pointer.nativeValue(previous) == INTERNET_INVALID_STATUS_CALLBACK) {
                    throw Raw.failure(backend, "InternetSetStatusCallbackW", null);
                }
            }
        } catch (WinInetException | RuntimeException e) {
            state.closeQuietly();
            throw e;
        }
        return session;
    }

    /**
     * Sets this session's timeouts on a handle. Windows lets children inherit them from the
     * session, but not every implementation does (Wine 8's wininet keeps none set on the session
     * handle), so requests get them explicitly too.
     */
    void applyTimeouts(HINTERNET handle) throws WinInetException {
        for (int i = 0; i < timeoutOptions.length; i++) {
            if (!Raw.trySetDword(state.backend, handle, timeoutOptions[i], timeoutMillis[i])) {
                throw Raw.failure(state.backend, "InternetSetOptionW", "timeout option " + timeoutOptions[i]);
            }
        }
    }

    /** A context for a new child handle, registered with the status listener if there is one. */
    DWORD_PTR contextFor(String description) {
        DWORD_PTR context = Raw.newContext();
        if (dispatcher != null) {
            dispatcher.register(context, description);
        }
        return context;
    }

    /** A plain-HTTP connection to {@code host:port} (no traffic until a request is sent). */
    public HttpConnection connect(String host, int port) throws WinInetException {
        return connection(host).port(port).open();
    }

    /** An HTTPS connection to {@code host:port}. */
    public HttpConnection connectSecure(String host, int port) throws WinInetException {
        return connection(host).port(port).secure(true).open();
    }

    /** A builder for an HTTP(S) connection, for credentials and flags. */
    public HttpConnectionBuilder connection(String host) {
        return new HttpConnectionBuilder(this, host);
    }

    /**
     * A builder for an FTP session to {@code host} (port 21, passive, anonymous unless a user is
     * given). Opening it connects and logs in.
     *
     * <pre>{@code
     * try (FtpSession ftp = session.ftp("127.0.0.1").port(2121).user("alice").password(pw).open()) {
     *     ftp.list().forEach(e -> System.out.println(e.name()));
     * }
     * }</pre>
     */
    public FtpSessionBuilder ftp(String host) {
        return new FtpSessionBuilder(this, host);
    }

    /** An anonymous, passive FTP session to {@code host:port}; connects and logs in. */
    public FtpSession connectFtp(String host, int port) throws WinInetException {
        return ftp(host).port(port).open();
    }

    /**
     * Opens a URL (InternetOpenUrlW) and sends a GET: the returned request has its response
     * ready to read. The request is sent before its handle exists, so it relies on inheriting the
     * session's timeouts (as Windows does; Wine 8 keeps none on the session handle): where a
     * timeout must hold everywhere, open the request through {@link #connect} instead.
     *
     * @param headers extra request headers, each {@code "Name: value"}
     */
    public HttpRequest openUrl(String url, String... headers) throws WinInetException {
        return openUrl(url, 0, headers);
    }

    /**
     * As {@link #openUrl(String, String...)}, with INTERNET_FLAG_* flags.
     *
     * <p>As for {@link HttpConnectionBuilder#user}: before a URL without a user name is opened,
     * WinINet's credential cache is emptied when any server was given credentials in this
     * process (unless this session {@linkplain InternetSessionBuilder#reuseCachedCredentials()
     * reuses them}); and an HTTPS answer is refused when its connection skips a certificate
     * check that {@code flags} do not skip (see {@link HttpRequestBuilder#allowInsecure}).
     */
    public HttpRequest openUrl(String url, int flags, String... headers) throws WinInetException {
        Arguments.requireNonNull(url, "url");
        Arguments.requireNoLineBreak(url, "url");
        String block = HeaderBlock.of(headers, "headers");
        String description = "HttpRequest(openUrl " + url + ")";
        if (UrlCredentials.present(url)) {
            CachedCredentials.given(state.backend, CachedCredentials.ANY_SERVER);
        } else if (!reuseCachedCredentials) {
            CachedCredentials.forget(state.backend, null, description);
        }
        DWORD_PTR context = contextFor(description);
        Memory u = Utf16.encode(url, "url");
        Memory h = Utf16.encode(block, "headers");
        HINTERNET r;
        try (HandleUse use = useToOpen()) {
            r = state.backend.wininet().InternetOpenUrlW(use.value(), u, h,
                    block == null ? 0 : block.length(), flags, context);
        }
        if (r == null) {
            throw Raw.failure(state.backend, "InternetOpenUrlW", url);
        }
        HandleState request = new HandleState(state.backend, r, description, state);
        if (url.regionMatches(true, 0, "https:", 0, 6)) {
            try {
                InheritedLeniency.check(state.backend, r, InheritedLeniency.fromRequestFlags(flags),
                        "InternetOpenUrlW", true, description);
            } catch (WinInetException | RuntimeException e) {
                request.closeQuietly();
                throw e;
            }
        }
        return HttpRequest.sent(request);
    }

    /**
     * The cookies WinINet would send to {@code url}, as {@code "a=1; b=2"}; empty when there are
     * none. Cookies are per process (per user on Windows), not per session.
     */
    public Optional<String> cookies(String url) throws WinInetException {
        Arguments.requireNonNull(url, "url");
        Memory u = Utf16.encode(url, "url");
        WinInet api = state.backend.wininet();
        requireOpen();
        BufferSize.Result r = BufferSize.string(state.backend, "InternetGetCookieW", BufferSize.Unit.CHARS, 256,
                (buf, len) -> api.InternetGetCookieW(u, null, buf, len));
        if (r.ok()) {
            return Optional.of(r.value());
        }
        if (r.error().code() == 259) { // ERROR_NO_MORE_ITEMS: no cookie for this URL
            return Optional.empty();
        }
        throw new WinInetException(r.error(), url);
    }

    /**
     * Stores a cookie for {@code url} as a server's Set-Cookie would.
     *
     * @param data the cookie, e.g. {@code "session=abc; path=/"}
     */
    public void setCookie(String url, String data) throws WinInetException {
        Arguments.requireNonNull(url, "url");
        Arguments.requireHeaderValue(data, "data");
        requireOpen();
        if (!state.backend.wininet().InternetSetCookieW(Utf16.encode(url, "url"), null, Utf16.encode(data, "data"))) {
            throw Raw.failure(state.backend, "InternetSetCookieW", url);
        }
    }

    /** The value of a DWORD option (INTERNET_OPTION_*) of this session. */
    public int queryOption(int option) throws WinInetException {
        return queryDword(option, "option " + option);
    }
}
