package io.github.winnet4j.api;

import static io.github.winnet4j.raw.WinInetConstants.*;

/** The INTERNET_FLAG_* options of a request that are safe to choose freely. */
public enum RequestFlag {
    /** Do not follow redirects: the 3xx response is returned as it is. */
    NO_AUTO_REDIRECT(INTERNET_FLAG_NO_AUTO_REDIRECT),
    /** Neither send stored cookies nor store the response's cookies. */
    NO_COOKIES(INTERNET_FLAG_NO_COOKIES),
    /** Fetch from the server even when a cached copy exists. */
    RELOAD(INTERNET_FLAG_RELOAD),
    /** Keep the connection alive (Connection: Keep-Alive). */
    KEEP_CONNECTION(INTERNET_FLAG_KEEP_CONNECTION),
    /** Do not store the response in the cache. */
    NO_CACHE_WRITE(INTERNET_FLAG_NO_CACHE_WRITE),
    /** Send Pragma: no-cache, even through a proxy. */
    PRAGMA_NOCACHE(INTERNET_FLAG_PRAGMA_NOCACHE),
    /** Do not attempt authentication automatically. */
    NO_AUTH(INTERNET_FLAG_NO_AUTH);

    final int value;

    RequestFlag(int value) {
        this.value = value;
    }
}
