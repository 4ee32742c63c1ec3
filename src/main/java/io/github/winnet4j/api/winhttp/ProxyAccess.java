package io.github.winnet4j.api.winhttp;

import io.github.winnet4j.marshal.Arguments;
import io.github.winnet4j.raw.WinHttpConstants;

/**
 * How a {@link WinHttpSession} reaches servers: the {@code dwAccessType} of WinHttpOpen with its
 * proxy and bypass list.
 *
 * <pre>{@code
 * WinHttpSession.builder().access(ProxyAccess.named("127.0.0.1:3128", "<local>;*.corp.example")).open();
 * }</pre>
 *
 * @param accessType WINHTTP_ACCESS_TYPE_*
 * @param proxy      the proxy list for NAMED, else {@code null}
 * @param bypass     the bypass list for NAMED, or {@code null}
 */
public record ProxyAccess(int accessType, String proxy, String bypass) {

    /**
     * WinHTTP's default configuration (WINHTTP_ACCESS_TYPE_DEFAULT_PROXY): the machine setting of
     * {@code netsh winhttp}, not the user's Internet Options; see {@link WindowsProxyConfig} for those.
     */
    public static ProxyAccess defaultProxy() {
        return new ProxyAccess(WinHttpConstants.WINHTTP_ACCESS_TYPE_DEFAULT_PROXY, null, null);
    }

    /** Straight to servers (WINHTTP_ACCESS_TYPE_NO_PROXY). */
    public static ProxyAccess noProxy() {
        return new ProxyAccess(WinHttpConstants.WINHTTP_ACCESS_TYPE_NO_PROXY, null, null);
    }

    /**
     * Through the given proxies (WINHTTP_ACCESS_TYPE_NAMED_PROXY).
     *
     * @param proxy  e.g. {@code "127.0.0.1:3128"} or {@code "http=proxy:8080;https=proxy:8443"}
     * @param bypass hosts reached directly, separated by semicolons or spaces ({@code <local>}
     *               names every host without a dot), or {@code null}
     */
    public static ProxyAccess named(String proxy, String bypass) {
        Arguments.requireNonNull(proxy, "proxy");
        Arguments.requireNoLineBreak(proxy, "proxy");
        if (proxy.isBlank()) {
            throw new IllegalArgumentException("proxy is blank");
        }
        if (bypass != null) {
            Arguments.requireNoLineBreak(bypass, "bypass");
        }
        return new ProxyAccess(WinHttpConstants.WINHTTP_ACCESS_TYPE_NAMED_PROXY, proxy, bypass);
    }

    /**
     * Windows' automatic choice (WINHTTP_ACCESS_TYPE_AUTOMATIC_PROXY, Windows 8.1 and later): the
     * system and per-user settings including PAC and WPAD.
     */
    public static ProxyAccess automatic() {
        return new ProxyAccess(WinHttpConstants.WINHTTP_ACCESS_TYPE_AUTOMATIC_PROXY, null, null);
    }
}
