package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.backends.java.CookieJar;
import io.github.winnet4j.raw.WinHttpConstants;

/**
 * The object behind a WinHttpOpen handle: the agent, the proxy configuration and the session's own
 * cookie store (WinHTTP keeps cookies per session, unlike WinINet's per-process store).
 */
final class SessionHandle extends WinHttpObject {
    final CookieJar cookies = new CookieJar();

    SessionHandle(long handle, String agent, ProxyConfig proxy) {
        super(handle, null);
        setOption(WinHttpConstants.WINHTTP_OPTION_USER_AGENT, agent == null ? "" : agent);
        setOption(WinHttpConstants.WINHTTP_OPTION_PROXY, proxy);
        WinHttpTimeouts.setDefaults(this);
    }

    @Override
    int handleType() {
        return WinHttpConstants.WINHTTP_HANDLE_TYPE_SESSION;
    }
}
