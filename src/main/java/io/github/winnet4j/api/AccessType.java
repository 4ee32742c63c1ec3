package io.github.winnet4j.api;

import io.github.winnet4j.raw.WinInetConstants;

/** How a session reaches servers (the {@code dwAccessType} of InternetOpenW). */
public enum AccessType {
    /**
     * The user's configuration: on Windows the Internet Options (static proxy, PAC, WPAD); on the
     * java backend the {@code http_proxy}, {@code https_proxy} and {@code no_proxy} environment.
     */
    PRECONFIG(WinInetConstants.INTERNET_OPEN_TYPE_PRECONFIG),
    /** Straight to the server, no proxy. */
    DIRECT(WinInetConstants.INTERNET_OPEN_TYPE_DIRECT),
    /** Through the proxies given to the session builder, except for the bypass list. */
    PROXY(WinInetConstants.INTERNET_OPEN_TYPE_PROXY);

    final int value;

    AccessType(int value) {
        this.value = value;
    }
}
