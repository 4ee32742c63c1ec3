package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.backends.java.ProxySettings;
import io.github.winnet4j.raw.WinHttpConstants;

import java.net.Proxy;
import java.net.URI;
import java.util.Map;

/**
 * The proxy of a session or request: what WINHTTP_OPTION_PROXY reports (access type, proxy list,
 * bypass list) and the choice it makes for each URL.
 *
 * <p>WinHTTP's list syntax: {@code "host:port"} for every scheme or
 * {@code "http=host:port;https=host:port"}, and a bypass list of host patterns (wildcards) and
 * {@code <local>} for names without a dot, separated by semicolons or spaces. The default and the
 * automatic access types read the environment here (see {@link ProxyEnvironment}); no PAC script
 * runs for requests (WinHttpGetProxyForUrl is the way to evaluate one).
 */
record ProxyConfig(int accessType, String proxy, String bypass, ProxySettings settings) {

    static ProxyConfig direct() {
        return new ProxyConfig(WinHttpConstants.WINHTTP_ACCESS_TYPE_NO_PROXY, null, null, ProxySettings.direct());
    }

    static ProxyConfig named(String proxy, String bypass) {
        return new ProxyConfig(WinHttpConstants.WINHTTP_ACCESS_TYPE_NAMED_PROXY, proxy, bypass,
                ProxySettings.fromList(proxy, bypass));
    }

    /** WINHTTP_ACCESS_TYPE_DEFAULT_PROXY and _AUTOMATIC_PROXY: the environment's proxy, if any. */
    static ProxyConfig fromEnvironment(Map<String, String> environment) {
        ProxyEnvironment env = ProxyEnvironment.read(environment);
        return env.proxyList() == null ? direct() : named(env.proxyList(), env.bypassList());
    }

    Proxy select(URI url) {
        return settings.select(url);
    }

    /** The proxy for one exchange of a request: its own WINHTTP_OPTION_PROXY, else its session's. */
    static Proxy forRequest(RequestHandle r, URI url) {
        Object config = r.option(WinHttpConstants.WINHTTP_OPTION_PROXY);
        return config instanceof ProxyConfig p ? p.select(url) : Proxy.NO_PROXY;
    }
}
