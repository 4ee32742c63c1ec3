package io.github.winnet4j.api;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import io.github.winnet4j.marshal.Arguments;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.HINTERNET;

import java.util.Arrays;

import static io.github.winnet4j.raw.WinInetConstants.INTERNET_FLAG_SECURE;
import static io.github.winnet4j.raw.WinInetConstants.INTERNET_SERVICE_HTTP;

/** Settings for an {@link HttpConnection}; see {@link InternetSession#connection(String)}. */
public final class HttpConnectionBuilder {
    private final InternetSession session;
    private final String host;
    private int port;
    private boolean secure;
    private String user;
    private char[] password;

    HttpConnectionBuilder(InternetSession session, String host) {
        Arguments.requireNonNull(host, "host");
        Arguments.requireNoLineBreak(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is empty");
        }
        this.session = session;
        this.host = host;
    }

    /** The port; 0 (the default) means 80, or 443 when secure. */
    public HttpConnectionBuilder port(int port) {
        this.port = Arguments.requirePort(port, "port");
        return this;
    }

    /** Whether to use HTTPS. */
    public HttpConnectionBuilder secure(boolean secure) {
        this.secure = secure;
        return this;
    }

    /**
     * The user name sent when the server asks for credentials.
     *
     * <p>Credentials belong to this connection's requests only. WinINet caches Basic credentials
     * per server for the whole process and sends them, unasked, with later requests of any
     * session (Wine's conformance test {@code test_basic_auth_credentials_reuse}, which passes on
     * Windows). So before a request of a connection given no user is opened to a server that
     * was given credentials in this process, the wrappers empty that cache
     * (INTERNET_OPTION_END_BROWSER_SESSION; it is process-wide and also ends session cookies),
     * unless the session was built with {@link InternetSessionBuilder#reuseCachedCredentials()}.
     * Connections that do have credentials answer the next challenge with them as before, one
     * round trip later. Windows' own authentication as the logged-on user (NTLM, Negotiate) is
     * not affected.
     */
    public HttpConnectionBuilder user(String user) {
        this.user = Arguments.requireNoLineBreak(Arguments.requireNonNull(user, "user"), "user");
        return this;
    }

    /** The password; the array is copied, and the native copy is wiped once WinINet has it. */
    public HttpConnectionBuilder password(char[] password) {
        this.password = Secrets.copy(password, "password");
        return this;
    }

    /** Opens the connection handle (no network traffic). */
    public HttpConnection open() throws WinInetException {
        String description = "HttpConnection(" + (secure ? "https" : "http") + "://" + host
                + (port == 0 ? "" : ":" + port) + ")";
        DWORD_PTR context = session.contextFor(description);
        Memory hostMemory = Utf16.encode(host, "host");
        Memory userMemory = Utf16.encode(user, "user");
        Memory passwordMemory = password == null ? null : Secrets.encode(password);
        try {
            HINTERNET h;
            try (HandleUse u = session.useToOpen()) {
                h = session.backend().wininet().InternetConnectW(u.value(), hostMemory,
                        (short) port, userMemory, passwordMemory, INTERNET_SERVICE_HTTP,
                        secure ? INTERNET_FLAG_SECURE : 0, context);
            }
            if (h == null) {
                throw Raw.failure(session.backend(), "InternetConnectW", description);
            }
            String server = CachedCredentials.server(host, port, secure);
            if (user != null) {
                CachedCredentials.given(session.backend(), server);
            }
            return new HttpConnection(new HandleState(session.backend(), h, description, session.state), session, secure,
                    user != null, server);
        } finally {
            if (passwordMemory != null) {
                passwordMemory.clear();
            }
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }
}
