package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.backends.java.HeaderList;
import io.github.winnet4j.backends.java.ResponseHead;
import io.github.winnet4j.raw.WinHttpConstants;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * WinHttpQueryAuthSchemes: the WINHTTP_AUTH_SCHEME_* bits offered by the WWW-Authenticate (401) or
 * Proxy-Authenticate (407) headers, and the first one offered. One header may carry several
 * challenges separated by commas; a challenge starts with a token that is not followed by
 * {@code =} (parameters are {@code name=value}).
 */
final class AuthChallenges {
    private AuthChallenges() {
    }

    /** All schemes offered by the challenge headers of the response. */
    static int schemes(ResponseHead head, boolean proxy) {
        int all = 0;
        for (int scheme : offered(head, proxy)) {
            all |= scheme;
        }
        return all;
    }

    /** The first scheme offered (0 when none is known). */
    static int first(ResponseHead head, boolean proxy) {
        int[] offered = offered(head, proxy);
        return offered.length == 0 ? 0 : offered[0];
    }

    private static int[] offered(ResponseHead head, boolean proxy) {
        String name = proxy ? "Proxy-Authenticate" : "WWW-Authenticate";
        List<Integer> out = new ArrayList<>();
        for (HeaderList.Header h : head.headers.all()) {
            if (!h.name().equalsIgnoreCase(name)) {
                continue;
            }
            for (String part : h.value().split(",")) {
                String token = part.strip();
                int space = token.indexOf(' ');
                String first = space < 0 ? token : token.substring(0, space);
                if (first.isEmpty() || first.contains("=")) {
                    continue; // a parameter of the previous challenge
                }
                int scheme = scheme(first);
                if (scheme != 0) {
                    out.add(scheme);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int scheme(String token) {
        return switch (token.toLowerCase(Locale.ROOT)) {
            case "basic" -> WinHttpConstants.WINHTTP_AUTH_SCHEME_BASIC;
            case "ntlm" -> WinHttpConstants.WINHTTP_AUTH_SCHEME_NTLM;
            case "passport1.4" -> WinHttpConstants.WINHTTP_AUTH_SCHEME_PASSPORT;
            case "digest" -> WinHttpConstants.WINHTTP_AUTH_SCHEME_DIGEST;
            case "negotiate" -> WinHttpConstants.WINHTTP_AUTH_SCHEME_NEGOTIATE;
            default -> 0;
        };
    }
}
