package io.github.winnet4j.api.winhttp;

import io.github.winnet4j.raw.WinHttpConstants;

/** Flags of WinHttpOpenRequest that a caller may choose (WINHTTP_FLAG_SECURE follows the connection). */
public enum WinHttpRequestFlag {
    /** Send the path exactly as given, without escaping unsafe characters. */
    ESCAPE_DISABLE(WinHttpConstants.WINHTTP_FLAG_ESCAPE_DISABLE),
    /** Escape nothing in the query part. */
    ESCAPE_DISABLE_QUERY(WinHttpConstants.WINHTTP_FLAG_ESCAPE_DISABLE_QUERY),
    /** Escape percent signs. */
    ESCAPE_PERCENT(WinHttpConstants.WINHTTP_FLAG_ESCAPE_PERCENT),
    /** Ask proxies and caches for a fresh copy (Pragma: no-cache). */
    BYPASS_PROXY_CACHE(WinHttpConstants.WINHTTP_FLAG_BYPASS_PROXY_CACHE);

    final int value;

    WinHttpRequestFlag(int value) {
        this.value = value;
    }
}
