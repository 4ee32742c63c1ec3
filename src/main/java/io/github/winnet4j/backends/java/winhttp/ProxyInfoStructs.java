package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.raw.WINHTTP_PROXY_INFO;
import io.github.winnet4j.raw.WinHttpConstants;

/**
 * Reads and fills WINHTTP_PROXY_INFO: access type WINHTTP_ACCESS_TYPE_NO_PROXY (no strings) or
 * WINHTTP_ACCESS_TYPE_NAMED_PROXY (the proxy list and the bypass list, allocated for GlobalFree).
 */
final class ProxyInfoStructs {
    private ProxyInfoStructs() {
    }

    static void fill(WINHTTP_PROXY_INFO info, ProxyConfig config, AllocatedMemory memory) {
        if (config.proxy() == null) {
            info.dwAccessType = WinHttpConstants.WINHTTP_ACCESS_TYPE_NO_PROXY;
            info.lpszProxy = null;
            info.lpszProxyBypass = null;
        } else {
            info.dwAccessType = WinHttpConstants.WINHTTP_ACCESS_TYPE_NAMED_PROXY;
            info.lpszProxy = memory.string(config.proxy());
            info.lpszProxyBypass = memory.string(config.bypass());
        }
    }

    /** The configuration a caller's structure describes, or {@code null} when it is invalid. */
    static ProxyConfig read(WINHTTP_PROXY_INFO info) {
        switch (info.dwAccessType) {
            case WinHttpConstants.WINHTTP_ACCESS_TYPE_NO_PROXY:
                return ProxyConfig.direct();
            case WinHttpConstants.WINHTTP_ACCESS_TYPE_NAMED_PROXY: {
                String proxy = info.lpszProxy == null ? null : Utf16.decode(info.lpszProxy);
                if (proxy == null || proxy.isBlank()) {
                    return null;
                }
                return ProxyConfig.named(proxy, info.lpszProxyBypass == null ? null : Utf16.decode(info.lpszProxyBypass));
            }
            default:
                return null;
        }
    }
}
