package io.github.winnet4j.integration;

import io.github.winnet4j.api.winhttp.AutoProxy;
import io.github.winnet4j.api.winhttp.IeProxySettings;
import io.github.winnet4j.api.winhttp.WinHttpException;
import io.github.winnet4j.api.winhttp.WinHttpProxyInfo;
import io.github.winnet4j.api.winhttp.WinHttpSession;
import io.github.winnet4j.api.winhttp.WindowsProxyConfig;
import io.github.winnet4j.integration.ProxyStep.Outcome;
import io.github.winnet4j.integration.ProxyStep.Source;

import java.net.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The order in which Windows decides a URL's proxies: auto-detection (WPAD), then the PAC URL,
 * then the manual proxy with its bypass list, else direct. A step that fails is logged as a
 * warning and the next one decides, as Windows falls back. Each source consulted is reported to a
 * trace ({@link WindowsProxySelector#explain}); lookups pass one that ignores them, so both run
 * the same rules.
 */
final class ProxyResolution {
    private static final System.Logger LOG = System.getLogger(ProxyResolution.class.getName());

    private ProxyResolution() {
    }

    /** The proxies for {@code uri} (empty: direct), each source consulted reported to {@code trace}. */
    static List<Proxy> resolve(WinHttpSession session, IeProxySettings settings, URI uri, Consumer<ProxyStep> trace) {
        String url = uri.toString();
        if (settings.autoDetect()) {
            Optional<List<Proxy>> detected = byScript(session, url, AutoProxy.detect(), Source.AUTO_DETECT, trace);
            if (detected.isPresent()) {
                skipRest(trace, Source.PAC_URL, Source.BYPASS, Source.MANUAL_PROXY, Source.DIRECT);
                return detected.get();
            }
        } else {
            trace.accept(new ProxyStep(Source.AUTO_DETECT, "", Outcome.SKIPPED, "automatic detection is off"));
        }
        if (settings.autoConfigUrl().isPresent()) {
            String pac = settings.autoConfigUrl().get();
            Optional<List<Proxy>> scripted = byScript(session, url, AutoProxy.pacUrl(pac), Source.PAC_URL, trace);
            if (scripted.isPresent()) {
                skipRest(trace, Source.BYPASS, Source.MANUAL_PROXY, Source.DIRECT);
                return scripted.get();
            }
        } else {
            trace.accept(new ProxyStep(Source.PAC_URL, "", Outcome.SKIPPED, "no PAC URL is set"));
        }
        if (settings.proxy().isPresent()) {
            String bypass = settings.bypass().orElse("");
            int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(uri.getScheme());
            if (ProxyBypass.parse(bypass).matches(uri.getScheme(), uri.getHost(), port)) {
                trace.accept(new ProxyStep(Source.BYPASS, bypass, Outcome.DECIDED,
                        uri.getHost() + " is on the bypass list: direct"));
                skipRest(trace, Source.MANUAL_PROXY, Source.DIRECT);
                return List.of();
            }
            trace.accept(new ProxyStep(Source.BYPASS, bypass, Outcome.PASSED,
                    uri.getHost() + " is not on the bypass list"));
            List<Proxy> manual = ProxyList.forScheme(settings.proxy().get(), uri.getScheme());
            trace.accept(new ProxyStep(Source.MANUAL_PROXY, settings.proxy().get(), Outcome.DECIDED,
                    manual.isEmpty() ? "no entry for " + uri.getScheme() + ": direct"
                            : "the entry for " + uri.getScheme()));
            skipRest(trace, Source.DIRECT);
            return manual;
        }
        trace.accept(new ProxyStep(Source.BYPASS, settings.bypass().orElse(""), Outcome.SKIPPED,
                "applies only to a manual proxy"));
        trace.accept(new ProxyStep(Source.MANUAL_PROXY, "", Outcome.SKIPPED, "no manual proxy is set"));
        trace.accept(new ProxyStep(Source.DIRECT, "", Outcome.DECIDED, "no source named a proxy"));
        return List.of();
    }

    private static void skipRest(Consumer<ProxyStep> trace, Source... sources) {
        for (Source s : sources) {
            trace.accept(new ProxyStep(s, "", Outcome.SKIPPED, "an earlier source decided"));
        }
    }

    private static Optional<List<Proxy>> byScript(WinHttpSession session, String url, AutoProxy how, Source source,
                                                  Consumer<ProxyStep> trace) {
        String where = how.pacUrl() == null ? "" : how.pacUrl();
        try {
            WinHttpProxyInfo info = WindowsProxyConfig.proxyForUrl(session, url, how);
            String answer = info.isDirect() ? "DIRECT" : info.proxy().orElse("");
            trace.accept(new ProxyStep(source, answer, Outcome.DECIDED,
                    "the PAC script" + (where.isEmpty() ? " found by WPAD" : " at " + where) + " answered"));
            return Optional.of(info.isDirect() ? List.of() : ProxyList.fromAnswer(info.proxy().orElse(null)));
        } catch (WinHttpException e) {
            LOG.log(System.Logger.Level.WARNING, "winnet4j: no proxy answer by " + how + " for " + url
                    + "; trying the next setting: " + e.getMessage());
            trace.accept(new ProxyStep(source, where, Outcome.FAILED, e.errorName() + " (" + e.errorCode()
                    + ") from " + e.call() + "; the next source decides"));
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
