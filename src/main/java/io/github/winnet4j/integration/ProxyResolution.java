package io.github.winnet4j.integration;

import io.github.winnet4j.api.winhttp.AutoProxy;
import io.github.winnet4j.api.winhttp.IeProxySettings;
import io.github.winnet4j.api.winhttp.WinHttpException;
import io.github.winnet4j.api.winhttp.WinHttpProxyInfo;
import io.github.winnet4j.api.winhttp.WinHttpSession;
import io.github.winnet4j.api.winhttp.WindowsProxyConfig;

import java.net.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The order in which Windows decides a URL's proxies: auto-detection (WPAD), then the PAC URL,
 * then the manual proxy with its bypass list, else direct. A step that fails is logged as a
 * warning and the next one decides, as Windows falls back.
 */
final class ProxyResolution {
    private static final System.Logger LOG = System.getLogger(ProxyResolution.class.getName());

    private ProxyResolution() {
    }

    /** The proxies for {@code uri} (empty: direct). */
    static List<Proxy> resolve(WinHttpSession session, IeProxySettings settings, URI uri) {
        String url = uri.toString();
        if (settings.autoDetect()) {
            Optional<List<Proxy>> detected = byScript(session, url, AutoProxy.detect());
            if (detected.isPresent()) {
                return detected.get();
            }
        }
        if (settings.autoConfigUrl().isPresent()) {
            Optional<List<Proxy>> scripted = byScript(session, url, AutoProxy.pacUrl(settings.autoConfigUrl().get()));
            if (scripted.isPresent()) {
                return scripted.get();
            }
        }
        if (settings.proxy().isPresent()) {
            int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(uri.getScheme());
            if (ProxyBypass.parse(settings.bypass().orElse(null)).matches(uri.getScheme(), uri.getHost(), port)) {
                return List.of();
            }
            return ProxyList.forScheme(settings.proxy().get(), uri.getScheme());
        }
        return List.of();
    }

    private static Optional<List<Proxy>> byScript(WinHttpSession session, String url, AutoProxy how) {
        try {
            WinHttpProxyInfo info = WindowsProxyConfig.proxyForUrl(session, url, how);
            return Optional.of(info.isDirect() ? List.of() : ProxyList.fromAnswer(info.proxy().orElse(null)));
        } catch (WinHttpException e) {
            LOG.log(System.Logger.Level.WARNING, "winnet4j: no proxy answer by " + how + " for " + url
                    + "; trying the next setting: " + e.getMessage());
            return Optional.empty();
        }
    }

    static int defaultPort(String scheme) {
        return switch (scheme == null ? "" : scheme.toLowerCase(java.util.Locale.ROOT)) {
            case "https", "wss" -> 443;
            case "ftp" -> 21;
            default -> 80;
        };
    }
}
