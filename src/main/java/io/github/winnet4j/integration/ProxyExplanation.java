package io.github.winnet4j.integration;

import io.github.winnet4j.api.winhttp.IeProxySettings;

import java.net.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * How a URL's proxies were decided ({@link WindowsProxySelector#explain}): the settings read, every
 * source in the order it was consulted, and the answer.
 *
 * <pre>{@code
 * ProxyExplanation e = selector.explain(URI.create("http://example.com/"));
 * e.steps().forEach(s -> System.out.println(s.source() + " " + s.outcome() + " " + s.note()));
 * }</pre>
 *
 * @param uri      the URL asked about
 * @param settings the user's settings the decision started from
 * @param steps    every source, in order
 * @param proxies  the answer, best first; {@link Proxy#NO_PROXY} alone for direct
 */
public record ProxyExplanation(URI uri, IeProxySettings settings, List<ProxyStep> steps, List<Proxy> proxies) {
    public ProxyExplanation {
        steps = List.copyOf(steps);
        proxies = List.copyOf(proxies);
    }

    /** The step that decided. */
    public Optional<ProxyStep> decidedBy() {
        return steps.stream().filter(s -> s.outcome() == ProxyStep.Outcome.DECIDED).findFirst();
    }

    /** Whether the answer is: no proxy. */
    public boolean isDirect() {
        return proxies.size() == 1 && proxies.get(0).type() == Proxy.Type.DIRECT;
    }
}
