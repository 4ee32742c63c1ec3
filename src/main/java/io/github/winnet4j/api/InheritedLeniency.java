package io.github.winnet4j.api;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.marshal.ErrorNames;
import io.github.winnet4j.marshal.LastError;
import io.github.winnet4j.marshal.Win32Error;
import io.github.winnet4j.raw.HINTERNET;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

import static io.github.winnet4j.raw.WinInetConstants.*;
import static io.github.winnet4j.raw.WinInetErrors.*;

/**
 * Refuses an HTTPS request whose connection skips certificate checks the request never asked to
 * skip.
 *
 * <p>WinINet remembers a certificate acceptance per server for the whole process: a later request
 * to the same host and port can start with the earlier request's SECURITY_FLAG_IGNORE_* already
 * set (Windows: Wine's conformance test {@code test_security_flags} in
 * {@code dlls/wininet/tests/http.c} shows a new session's request opening with
 * SECURITY_FLAG_IGNORE_UNKNOWN_CA and succeeding without setting anything), or be handed a pooled
 * connection that was accepted with those checks skipped (observed under Wine 8.0). WinINet
 * reports the flags a request's connection was accepted with through
 * INTERNET_OPTION_SECURITY_FLAGS, so the wrappers read them before the request is sent and again
 * once its response headers are in, and refuse the request when it carries an ignore flag it did
 * not ask for. The refusal names the check that was skipped, with the error WinINet reports when
 * that check fails, as though the request had been strict from the start.
 */
final class InheritedLeniency {
    /** The certificate checks, in the order wininet.dll reports their failures. */
    private static final int[][] CHECKS = {
            {SECURITY_FLAG_IGNORE_CERT_DATE_INVALID, ERROR_INTERNET_SEC_CERT_DATE_INVALID},
            {SECURITY_FLAG_IGNORE_UNKNOWN_CA, ERROR_INTERNET_INVALID_CA},
            {SECURITY_FLAG_IGNORE_REVOCATION, ERROR_INTERNET_SEC_CERT_REV_FAILED},
            {SECURITY_FLAG_IGNORE_WRONG_USAGE, ERROR_INTERNET_SEC_INVALID_CERT},
            {SECURITY_FLAG_IGNORE_CERT_CN_INVALID, ERROR_INTERNET_SEC_CERT_CN_INVALID},
    };

    /** What the flags are called in messages. */
    private static final String[] NAMES = {
            "the validity dates", "the certificate authority", "revocation", "the key usage", "the host name",
    };

    /**
     * Per backend (each has its own pool): {@code host:port} → the SECURITY_FLAG_IGNORE_* bits any
     * request of this process set for it.
     */
    private static final Map<Backend, Map<String, Integer>> LENIENT = new WeakHashMap<>();

    private InheritedLeniency() {
    }

    /** Records that a request to {@code server} skips the certificate checks {@code flags}. */
    static synchronized void lenient(Backend backend, String server, int flags) {
        LENIENT.computeIfAbsent(backend, b -> new HashMap<>()).merge(server, flags, (a, b) -> a | b);
    }

    /**
     * Before a request to {@code server} that skips fewer checks than an earlier one did: drops
     * WinINet's idle pooled connections (INTERNET_OPTION_SETTINGS_CHANGED, process-wide), so that
     * the request is not handed a connection accepted with those checks skipped and makes a new,
     * fully checked one. Wine's {@code test_security_flags} uses the option the same way, to
     * make its next request connect afresh. What is left (a server-wide acceptance that WinINet
     * copies into new requests, or a connection pooled meanwhile) {@link #check} refuses.
     */
    static synchronized void dropLenientConnections(Backend backend, String server, int allowed, String description)
            throws WinInetException {
        Integer skipped = LENIENT.getOrDefault(backend, Map.of()).get(server);
        if (skipped == null || (skipped & ~allowed) == 0) {
            return;
        }
        if (!backend.wininet().InternetSetOptionW((HINTERNET) null, INTERNET_OPTION_SETTINGS_CHANGED, (Pointer) null, 0)) {
            Win32Error e = LastError.capture(backend, "InternetSetOptionW");
            if (e.code() != ERROR_INTERNET_INVALID_OPTION) {
                throw new WinInetException(e, description + ": dropping connections accepted leniently");
            }
            // An implementation without the option pools nothing across requests (the java backend).
        }
    }

    /** The SECURITY_FLAG_IGNORE_* bits that INTERNET_FLAG_IGNORE_CERT_* request flags stand for. */
    static int fromRequestFlags(int dwFlags) {
        int allowed = 0;
        if ((dwFlags & INTERNET_FLAG_IGNORE_CERT_CN_INVALID) != 0) {
            allowed |= SECURITY_FLAG_IGNORE_CERT_CN_INVALID;
        }
        if ((dwFlags & INTERNET_FLAG_IGNORE_CERT_DATE_INVALID) != 0) {
            allowed |= SECURITY_FLAG_IGNORE_CERT_DATE_INVALID;
        }
        return allowed;
    }

    /**
     * Fails when the request's INTERNET_OPTION_SECURITY_FLAGS skip a certificate check outside
     * {@code allowed}.
     *
     * @param call the call the refusal is reported at (the send that would use, or used, the connection)
     * @param sent whether the request has been sent (its response is then refused unread)
     */
    static void check(Backend backend, HINTERNET request, int allowed, String call, boolean sent, String description)
            throws WinInetException {
        Memory m = new Memory(4);
        IntByReference len = new IntByReference(4);
        if (!backend.wininet().InternetQueryOptionW(request, INTERNET_OPTION_SECURITY_FLAGS, m, len)) {
            throw new WinInetException(LastError.capture(backend, "InternetQueryOptionW"),
                    description + ": reading the security flags of an HTTPS request");
        }
        int inherited = m.getInt(0) & ~allowed;
        for (int i = 0; i < CHECKS.length; i++) {
            if ((inherited & CHECKS[i][0]) != 0) {
                throw refusal(call, CHECKS[i][1], NAMES[i], sent, description);
            }
        }
    }

    private static WinInetException refusal(String call, int code, String check, boolean sent, String description) {
        String message = "The connection was accepted with " + check + " unchecked because an earlier request"
                + " in this process opted in for this server (WinINet remembers such acceptances per server);"
                + " this request did not opt in, so it is refused as a certificate failure"
                + (sent ? " (found once the response arrived; the response is not readable)." : " before it was sent.");
        return new WinInetException(new Win32Error(call, code, ErrorNames.of(code), message, null, 0), description);
    }
}
