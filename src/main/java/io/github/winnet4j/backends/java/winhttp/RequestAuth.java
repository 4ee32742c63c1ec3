package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.backends.java.ResponseHead;
import io.github.winnet4j.raw.WinHttpConstants;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The Authorization and Proxy-Authorization headers of a request: Basic credentials given with
 * WinHttpSetCredentials go out with every later send of the request; credentials set as
 * WINHTTP_OPTION_USERNAME/PASSWORD (PROXY_USERNAME/PROXY_PASSWORD) answer one Basic challenge
 * automatically inside WinHttpReceiveResponse, unless WINHTTP_DISABLE_AUTHENTICATION. NTLM, Negotiate and Digest are not spoken (there is
 * no SSPI in Java).
 */
final class RequestAuth {
    /** The two authorization header values of one exchange ({@code null} when absent). */
    record Headers(String authorization, String proxyAuthorization) {
        Headers with(boolean proxy, String value) {
            return proxy ? new Headers(authorization, value) : new Headers(value, proxyAuthorization);
        }
    }

    private RequestAuth() {
    }

    static Headers preemptive(RequestHandle r) {
        RequestHandle.Credentials server = r.serverCredentials;
        RequestHandle.Credentials proxy = r.proxyCredentials;
        return new Headers(server == null ? null : basic(server.user(), server.password()),
                proxy == null ? null : basic(proxy.user(), proxy.password()));
    }

    /** The header value answering a 401 (or 407) by itself, or {@code null} when it cannot. */
    static String automatic(RequestHandle r, ResponseHead head, boolean proxy) {
        if ((r.disabledFeatures() & WinHttpConstants.WINHTTP_DISABLE_AUTHENTICATION) != 0) {
            return null;
        }
        if ((proxy ? r.proxyCredentials : r.serverCredentials) != null) {
            return null; // the caller's credentials were refused: the caller gets the challenge
        }
        Object user = r.option(proxy ? WinHttpConstants.WINHTTP_OPTION_PROXY_USERNAME
                : WinHttpConstants.WINHTTP_OPTION_USERNAME);
        Object password = r.option(proxy ? WinHttpConstants.WINHTTP_OPTION_PROXY_PASSWORD
                : WinHttpConstants.WINHTTP_OPTION_PASSWORD);
        if (!(user instanceof String u) || u.isEmpty()) {
            return null;
        }
        int schemes = AuthChallenges.schemes(head, proxy);
        if ((schemes & WinHttpConstants.WINHTTP_AUTH_SCHEME_BASIC) == 0) {
            return null;
        }
        return basic(u, password instanceof String p ? p : "");
    }

    static String basic(String user, String password) {
        String pair = user + ":" + (password == null ? "" : password);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
