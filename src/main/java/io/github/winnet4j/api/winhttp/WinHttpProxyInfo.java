package io.github.winnet4j.api.winhttp;

import io.github.winnet4j.raw.WinHttpConstants;

import java.util.Optional;

/**
 * A WINHTTP_PROXY_INFO copied into Java strings (the native strings are freed already): WinHTTP's
 * default configuration or the answer for one URL.
 *
 * <pre>{@code
 * WinHttpProxyInfo info = WindowsProxyConfig.proxyForUrl(session, "http://127.0.0.1/", AutoProxy.pacUrl(pac));
 * if (!info.isDirect()) { System.out.println(info.proxy().orElseThrow()); }
 * }</pre>
 *
 * @param accessType WINHTTP_ACCESS_TYPE_NO_PROXY or _NAMED_PROXY (or _DEFAULT_PROXY)
 * @param proxy      the proxies to try in order, e.g. {@code "a:8080;b:8080"}
 * @param bypass     the bypass list
 */
public record WinHttpProxyInfo(int accessType, Optional<String> proxy, Optional<String> bypass) {

    /** Whether the answer is: no proxy. */
    public boolean isDirect() {
        return accessType != WinHttpConstants.WINHTTP_ACCESS_TYPE_NAMED_PROXY || proxy.isEmpty()
                || proxy.get().isBlank();
    }
}
