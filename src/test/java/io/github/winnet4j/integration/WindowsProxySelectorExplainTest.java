package io.github.winnet4j.integration;

import io.github.winnet4j.api.winhttp.IeProxySettings;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.integration.ProxyStep.Outcome;
import io.github.winnet4j.integration.ProxyStep.Source;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** {@link WindowsProxySelector#explain}: every source in the selector's order, and the one that decided. */
class WindowsProxySelectorExplainTest {
    private static final List<Source> ORDER = List.of(Source.USER_SETTINGS, Source.WINHTTP_DEFAULT,
            Source.DETECTED_PAC_URL, Source.AUTO_DETECT, Source.PAC_URL, Source.BYPASS, Source.MANUAL_PROXY,
            Source.DIRECT);

    private static IeProxySettings manual(String proxy, String bypass) {
        return new IeProxySettings(false, Optional.empty(), Optional.of(proxy), Optional.ofNullable(bypass));
    }

    private static ProxyStep step(ProxyExplanation e, Source source) {
        return e.steps().stream().filter(s -> s.source() == source).findFirst().orElseThrow();
    }

    private static void assertOrder(ProxyExplanation e) {
        assertEquals(ORDER, e.steps().stream().map(ProxyStep::source).toList(), e.toString());
        assertEquals(1, e.steps().stream().filter(s -> s.outcome() == Outcome.DECIDED).count(), e.toString());
    }

    @AllBackends
    void manualProxyDecidesWhenTheHostIsNotBypassed(Backend backend) throws Exception {
        try (WindowsProxySelector selector = WindowsProxySelector.builder().backend(backend)
                .settings(manual("http=127.0.0.1:3128;https=127.0.0.1:3129", "<local>;*.corp.test")).build()) {
            ProxyExplanation e = selector.explain(URI.create("https://www.example.test/"));
            assertOrder(e);
            assertEquals(Source.MANUAL_PROXY, e.decidedBy().orElseThrow().source());
            assertEquals(Outcome.PASSED, step(e, Source.BYPASS).outcome());
            assertEquals(Outcome.SKIPPED, step(e, Source.AUTO_DETECT).outcome());
            assertEquals(Outcome.SKIPPED, step(e, Source.DETECTED_PAC_URL).outcome());
            assertEquals("127.0.0.1:3129", e.proxies().get(0).address().toString().replace("/<unresolved>", ""));
            // The same answer select() gives: one set of rules.
            assertEquals(e.proxies(), selector.select(URI.create("https://www.example.test/")));
        }
    }

    @AllBackends
    void bypassListDecidesForAMatchingHost(Backend backend) throws Exception {
        try (WindowsProxySelector selector = WindowsProxySelector.builder().backend(backend)
                .settings(manual("127.0.0.1:3128", "<local>;*.corp.test")).build()) {
            ProxyExplanation e = selector.explain(URI.create("http://wiki.corp.test/page"));
            assertOrder(e);
            assertEquals(Source.BYPASS, e.decidedBy().orElseThrow().source());
            assertTrue(e.isDirect());
            assertEquals(Outcome.SKIPPED, step(e, Source.MANUAL_PROXY).outcome());
        }
    }

    @AllBackends
    void pacScriptDecidesBeforeTheManualProxy(Backend backend) throws Exception {
        try (MockWebServer pac = Loopback.http()) {
            pac.enqueue(new MockResponse().setHeader("Content-Type", "application/x-ns-proxy-autoconfig")
                    .setBody("function FindProxyForURL(url, host) { return 'PROXY 127.0.0.1:4128'; }\n"));
            String pacUrl = "http://127.0.0.1:" + pac.getPort() + "/proxy.pac";
            IeProxySettings settings = new IeProxySettings(false, Optional.of(pacUrl), Optional.of("127.0.0.1:3128"),
                    Optional.empty());
            try (WindowsProxySelector selector = WindowsProxySelector.builder().backend(backend).settings(settings)
                    .build()) {
                ProxyExplanation e = selector.explain(URI.create("http://www.example.test/"));
                assertOrder(e);
                ProxyStep decided = e.decidedBy().orElseThrow();
                assertEquals(Source.PAC_URL, decided.source(), e.toString());
                assertEquals("127.0.0.1:4128", decided.value());
                assertTrue(decided.note().contains(pacUrl), decided.note());
                assertEquals(Outcome.SKIPPED, step(e, Source.MANUAL_PROXY).outcome());
            }
        }
    }

    @AllBackends
    void failingPacScriptFallsBackToTheManualProxy(Backend backend) throws Exception {
        try (MockWebServer pac = Loopback.http()) {
            pac.enqueue(new MockResponse().setResponseCode(404));
            IeProxySettings settings = new IeProxySettings(false,
                    Optional.of("http://127.0.0.1:" + pac.getPort() + "/missing.pac"), Optional.of("127.0.0.1:3128"),
                    Optional.empty());
            try (WindowsProxySelector selector = WindowsProxySelector.builder().backend(backend).settings(settings)
                    .build()) {
                ProxyExplanation e = selector.explain(URI.create("http://www.example.test/"));
                assertOrder(e);
                ProxyStep pacStep = step(e, Source.PAC_URL);
                assertEquals(Outcome.FAILED, pacStep.outcome(), e.toString());
                assertTrue(pacStep.note().contains("ERROR_WINHTTP_"), pacStep.note());
                assertEquals(Source.MANUAL_PROXY, e.decidedBy().orElseThrow().source());
            }
        }
    }

    @AllBackends
    void nothingConfiguredIsDirect(Backend backend) throws Exception {
        try (WindowsProxySelector selector = WindowsProxySelector.builder().backend(backend)
                .settings(IeProxySettings.none()).build()) {
            ProxyExplanation e = selector.explain(URI.create("http://127.0.0.1:1/"));
            assertOrder(e);
            assertEquals(Source.DIRECT, e.decidedBy().orElseThrow().source());
            assertTrue(e.isDirect());
        }
    }

    @AllBackends
    void otherSchemesAreRefused(Backend backend) throws Exception {
        try (WindowsProxySelector selector = WindowsProxySelector.builder().backend(backend)
                .settings(IeProxySettings.none()).build()) {
            assertThrows(IllegalArgumentException.class, () -> selector.explain(URI.create("ftp://127.0.0.1/")));
        }
    }
}
