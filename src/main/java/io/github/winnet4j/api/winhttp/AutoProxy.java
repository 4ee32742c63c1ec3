package io.github.winnet4j.api.winhttp;

import io.github.winnet4j.marshal.Arguments;

/**
 * Where WinHttpGetProxyForUrl finds the PAC script: by WPAD auto-detection (DHCP and DNS), from a
 * given URL, or both (detection first).
 *
 * <pre>{@code
 * WindowsProxyConfig.proxyForUrl(session, url, AutoProxy.pacUrl("http://127.0.0.1:8080/proxy.pac"));
 * }</pre>
 *
 * @param autoDetect whether to detect the script by WPAD (this can take minutes on some networks)
 * @param pacUrl     the script's URL, or {@code null}
 */
public record AutoProxy(boolean autoDetect, String pacUrl) {
    public AutoProxy {
        if (!autoDetect && pacUrl == null) {
            throw new IllegalArgumentException("AutoProxy needs autoDetect, a pacUrl, or both");
        }
        if (pacUrl != null) {
            Arguments.requireNoLineBreak(pacUrl, "pacUrl");
        }
    }

    /** WPAD auto-detection only. */
    public static AutoProxy detect() {
        return new AutoProxy(true, null);
    }

    /** The script at this URL only. */
    public static AutoProxy pacUrl(String url) {
        return new AutoProxy(false, Arguments.requireNonNull(url, "url"));
    }
}
