package io.github.winnet4j.backends.java;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The backend's cookie store, one per backend instance (WinINet keeps one per process): cookies
 * received with responses, set with InternetSetCookieW, and sent with requests unless
 * INTERNET_FLAG_NO_COOKIES. It uses its own {@link CookieManager}, never the JVM-wide
 * {@link java.net.CookieHandler}, plus WinINet's per-site decisions (a host set to
 * COOKIE_STATE_REJECT stores no cookies).
 */
public final class CookieJar {
    /** COOKIE_STATE_ACCEPT (wininet.h enum InternetCookieState). */
    static final int COOKIE_STATE_ACCEPT = 1;
    /** COOKIE_STATE_REJECT (wininet.h enum InternetCookieState). */
    static final int COOKIE_STATE_REJECT = 5;

    private final CookieManager manager = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final Map<String, Integer> decisions = new ConcurrentSkipListMap<>();
    /**
     * Whether a cookie was ever offered to the store. Until then every lookup answers none without
     * asking it: the store parses the URL again on each lookup, a visible share of a small request.
     */
    private volatile boolean anyStored;

    /** {@code name=value; name2=value2} for the URL, longest paths first; {@code null} when none. */
    public String cookiesFor(URI uri) {
        if (!anyStored) {
            return null;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        List<HttpCookie> matching = new ArrayList<>();
        for (HttpCookie c : manager.getCookieStore().get(uri)) {
            if (c.getPath() == null || pathMatches(path, c.getPath())) {
                matching.add(c);
            }
        }
        if (matching.isEmpty()) {
            return null;
        }
        matching.sort(Comparator.comparingInt((HttpCookie c) -> c.getPath() == null ? 0 : c.getPath().length()).reversed());
        StringBuilder out = new StringBuilder();
        for (HttpCookie c : matching) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(c.getName()).append('=').append(c.getValue());
        }
        return out.toString();
    }

    /** Stores the Set-Cookie headers of a response for the URL it came from. */
    public void storeFrom(URI uri, HeaderList responseHeaders) {
        List<String> values = null;
        for (HeaderList.Header h : responseHeaders.all()) {
            if (h.name().equalsIgnoreCase("Set-Cookie") || h.name().equalsIgnoreCase("Set-Cookie2")) {
                if (values == null) {
                    values = new ArrayList<>();
                }
                values.add(h.value());
            }
        }
        if (values != null && !rejected(uri)) {
            put(uri, values);
        }
    }

    /**
     * Stores one Set-Cookie value, as InternetSetCookieW does.
     *
     * @return false when the value is not a cookie
     */
    boolean set(URI uri, String setCookie) {
        try {
            if (HttpCookie.parse("Set-Cookie: " + setCookie).isEmpty()) {
                return false;
            }
        } catch (IllegalArgumentException e) {
            return false;
        }
        put(uri, List.of(setCookie));
        return true;
    }

    private void put(URI uri, List<String> setCookies) {
        anyStored = true;
        try {
            manager.put(uri, Map.of("Set-Cookie", setCookies));
        } catch (java.io.IOException | IllegalArgumentException e) {
            // A malformed cookie is dropped, as a browser drops it.
        }
    }

    private boolean rejected(URI uri) {
        Integer decision = uri.getHost() == null ? null : decisions.get(uri.getHost().toLowerCase(Locale.ROOT));
        return decision != null && decision == COOKIE_STATE_REJECT;
    }

    void setDecision(String host, int decision) {
        decisions.put(host.toLowerCase(Locale.ROOT), decision);
    }

    Integer decision(String host) {
        return decisions.get(host.toLowerCase(Locale.ROOT));
    }

    /** The index-th decision in host order, or {@code null} past the end. */
    Map.Entry<String, Integer> decisionAt(int index) {
        int i = 0;
        for (Map.Entry<String, Integer> e : decisions.entrySet()) {
            if (i++ == index) {
                return e;
            }
        }
        return null;
    }

    void clearDecisions() {
        decisions.clear();
    }

    private static boolean pathMatches(String path, String cookiePath) {
        if (path.equals(cookiePath) || cookiePath.equals("/")) {
            return true;
        }
        return path.startsWith(cookiePath)
                && (cookiePath.endsWith("/") || path.charAt(cookiePath.length()) == '/');
    }
}
