package io.github.winnet4j.api;

import com.sun.jna.Pointer;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.marshal.LastError;
import io.github.winnet4j.marshal.Win32Error;
import io.github.winnet4j.raw.HINTERNET;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import static io.github.winnet4j.raw.WinInetConstants.INTERNET_OPTION_END_BROWSER_SESSION;
import static io.github.winnet4j.raw.WinInetErrors.ERROR_INTERNET_INVALID_OPTION;

/**
 * Keeps credentials given to one connection from being sent by a connection that was given none.
 *
 * <p>WinINet caches the Basic credentials it answers a challenge with, per server, for the whole
 * process, and sends them unasked with later requests to that server from any session: Wine's
 * conformance tests {@code test_basic_auth_credentials_reuse} and {@code
 * test_basic_auth_credentials_cached_manual} ({@code dlls/wininet/tests/http.c}, passing on
 * Windows) show a second InternetOpen session without credentials, and even a request carrying
 * its own Authorization header, sending the cached ones. INTERNET_FLAG_NO_AUTH does not stop
 * this (observed under Wine 8.0). The only way to empty that cache is
 * InternetSetOption(NULL, INTERNET_OPTION_END_BROWSER_SESSION), which is process-wide and also
 * drops session cookies ({@code test_basic_auth_credentials_end_session}).
 *
 * <p>So the wrappers remember which servers (host and port) were given credentials since the
 * cache was last emptied, and empty it just before a request without credentials is opened to
 * one of them. Nothing happens for servers that were never given credentials, so the
 * process-wide side effect is confined to the case it prevents.
 */
final class CachedCredentials {
    /**
     * Per backend (each has its own cache): {@code host:port} of every server given credentials
     * since the cache was last emptied.
     */
    private static final Map<Backend, Set<String>> GIVEN = new WeakHashMap<>();
    /**
     * Whether {@link #GIVEN} may hold anything: until credentials were given once in this process,
     * {@link #forget} has nothing to do and returns without taking the lock (every request asks).
     */
    private static volatile boolean anyGiven;
    /** The key for credentials whose server is not known here (a URL naming a user). */
    static final String ANY_SERVER = "*";

    private CachedCredentials() {
    }

    /** The key of a server: lower-case host and the port actually used. */
    static String server(String host, int port, boolean secure) {
        int effective = port != 0 ? port : secure ? 443 : 80;
        return host.toLowerCase(Locale.ROOT) + ":" + effective;
    }

    /** Records that WinINet may cache credentials for {@code server}. */
    static synchronized void given(Backend backend, String server) {
        GIVEN.computeIfAbsent(backend, b -> new HashSet<>()).add(server);
        anyGiven = true;
    }

    /**
     * Empties WinINet's credential cache when it may hold credentials for {@code server}, or for
     * any server when {@code server} is {@code null}.
     */
    static void forget(Backend backend, String server, String description) throws WinInetException {
        if (anyGiven) {
            forgetGiven(backend, server, description);
        }
    }

    private static synchronized void forgetGiven(Backend backend, String server, String description)
            throws WinInetException {
        Set<String> given = GIVEN.getOrDefault(backend, Set.of());
        if (server == null ? given.isEmpty() : !given.contains(server) && !given.contains(ANY_SERVER)) {
            return;
        }
        if (!backend.wininet().InternetSetOptionW((HINTERNET) null, INTERNET_OPTION_END_BROWSER_SESSION,
                (Pointer) null, 0)) {
            Win32Error e = LastError.capture(backend, "InternetSetOptionW");
            if (e.code() != ERROR_INTERNET_INVALID_OPTION) {
                throw new WinInetException(e, description + ": emptying the credential cache");
            }
            // An implementation without the option has no such cache (the java backend).
        }
        GIVEN.remove(backend);
    }
}
