package io.github.winnet4j.integration;

import io.github.winnet4j.api.winhttp.IeProxySettings;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.ForwardProxy;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** The selector against a PAC file on loopback, a manual setting, a stalling PAC server and failures. */
class WindowsProxySelectorTest {
    private static final String PAC = "function FindProxyForURL(url, host) {\n"
            + "  if (url.indexOf(':1/') >= 0) return 'DIRECT';\n"
            + "  return 'PROXY 127.0.0.1:%d; PROXY 127.0.0.1:%d';\n"
            + "}\n";

    private static void assumeWinHttp(Backend backend) {
        try {
            backend.winhttp();
        } catch (UnsupportedOperationException | UnsatisfiedLinkError e) {
            Assumptions.abort("backend " + backend.name() + " has no WinHTTP: " + e.getMessage());
        }
    }

    private static IeProxySettings pac(MockWebServer server) {
        return new IeProxySettings(false, Optional.of("http://127.0.0.1:" + server.getPort() + "/proxy.pac"), Optional.empty(),
                Optional.empty());
    }

    /** A script naming one proxy for every URL. */
    private static MockResponse script(int only) {
        return new MockResponse().setHeader("Content-Type", "application/x-ns-proxy-autoconfig")
                .setBody("function FindProxyForURL(url, host) { return 'PROXY 127.0.0.1:" + only + "'; }\n");
    }

    private static MockResponse script(int first, int second) {
        return new MockResponse().setHeader("Content-Type", "application/x-ns-proxy-autoconfig")
                .setBody(String.format(PAC, first, second));
    }

    private static Proxy http(int port) {
        return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("127.0.0.1", port));
    }

    private static List<String> addresses(List<Proxy> proxies) {
        List<String> list = new ArrayList<>();
        for (Proxy p : proxies) {
            list.add(p.type() == Proxy.Type.DIRECT ? "DIRECT"
                    : ((InetSocketAddress) p.address()).getHostString() + ":" + ((InetSocketAddress) p.address()).getPort());
        }
        return list;
    }

    @AllBackends
    void pacScriptDecidesPerUrl(Backend backend) throws Exception {
        assumeWinHttp(backend);
        try (MockWebServer pacServer = Loopback.http();
             WindowsProxySelector selector = WindowsProxySelector.builder().backend(backend).settings(pac(pacServer))
                     .answerWithin(Duration.ofSeconds(10)).build()) {
            pacServer.enqueue(script(3128, 3129));
            pacServer.enqueue(script(3128, 3129));
            assertEquals(List.of("127.0.0.1:3128", "127.0.0.1:3129"),
                    addresses(selector.select(URI.create("http://127.0.0.1:2/a"))));
            assertEquals(List.of("DIRECT"), addresses(selector.select(URI.create("http://127.0.0.1:1/b"))));
        }
    }

    @AllBackends
    void httpClientGoesThroughTheProxyThePacNames(Backend backend) throws Exception {
        assumeWinHttp(backend);
        try (MockWebServer origin = Loopback.http();
             MockWebServer pacServer = Loopback.http();
             ForwardProxy proxy = ForwardProxy.start();
             WindowsProxySelector selector = WindowsProxySelector.builder().backend(backend).settings(pac(pacServer))
                     .answerWithin(Duration.ofSeconds(10)).build()) {
            pacServer.enqueue(script(proxy.port(), proxy.port()));
            origin.enqueue(new MockResponse().setBody("via pac"));
            HttpClient client = HttpClient.newBuilder().proxy(selector).connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + origin.getPort() + "/x"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("via pac", response.body());
            assertEquals(1, proxy.seen().size());
            assertEquals("http://127.0.0.1:" + origin.getPort() + "/x", proxy.seen().get(0).target());
        }
    }

    @AllBackends
    void stallingPacServerDoesNotHoldTheCaller(Backend backend) throws Exception {
        assumeWinHttp(backend);
        Duration bound = Duration.ofMillis(300);
        try (ServerSocket stall = new ServerSocket(0, 50, InetAddress.getByName(Loopback.HOST));
             WindowsProxySelector selector = WindowsProxySelector.builder().backend(backend)
                     .settings(new IeProxySettings(false, Optional.of("http://127.0.0.1:" + stall.getLocalPort()
                             + "/proxy.pac"), Optional.empty(), Optional.empty()))
                     .answerWithin(bound).build()) {
            // The server accepts and never answers (the backlog holds the connection).
            long start = System.nanoTime();
            List<Proxy> answer = selector.select(URI.create("http://127.0.0.1:2/"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(List.of(Proxy.NO_PROXY), answer);
            assertTrue(took.compareTo(bound.plusSeconds(2)) < 0, "select took " + took);
        }
    }

    @AllBackends
    void lastKnownAnswerIsGivenWhileARefreshStalls(Backend backend) throws Exception {
        assumeWinHttp(backend);
        try (MockWebServer pacServer = Loopback.http();
             WindowsProxySelector selector = WindowsProxySelector.builder().backend(backend).settings(pac(pacServer))
                     .answerWithin(Duration.ofMillis(300)).cacheFor(Duration.ofMillis(1)).build()) {
            pacServer.enqueue(script(3128));
            for (int i = 0; i < 4; i++) {
                pacServer.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
            }
            URI uri = URI.create("http://127.0.0.1:2/");
            List<Proxy> first = List.of();
            // Bounded: at most 33 calls of at most 300 ms each (about 10 s) for the first lookup.
            for (int i = 0; i < 33 && !first.equals(List.of(http(3128))); i++) {
                first = selector.select(uri);
            }
            assertEquals(List.of(http(3128)), first);
            Thread.sleep(5); // the cached answer expires
            long start = System.nanoTime();
            List<Proxy> again = selector.select(uri);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(first, again, "the last known answer, not DIRECT");
            assertTrue(took.compareTo(Duration.ofMillis(2300)) < 0, "select took " + took);
        }
    }

    @AllBackends
    void failedProxyIsOfferedLast(Backend backend) throws Exception {
        assumeWinHttp(backend);
        try (WindowsProxySelector selector = WindowsProxySelector.builder().backend(backend)
                .settings(new IeProxySettings(false, Optional.empty(), Optional.of("http=127.0.0.1:3128 http=127.0.0.1:3129"),
                        Optional.empty()))
                .answerWithin(Duration.ofSeconds(10)).penalty(Duration.ofMinutes(1)).build()) {
            URI uri = URI.create("http://127.0.0.1:2/");
            assertEquals(List.of(http(3128), http(3129)), selector.select(uri));
            selector.connectFailed(uri, new InetSocketAddress("127.0.0.1", 3128), new IOException("refused"));
            assertEquals(List.of(http(3129), http(3128)), selector.select(uri));
            assertThrows(IllegalArgumentException.class, () -> selector.connectFailed(null, null, null));
        }
    }

    @AllBackends
    void manualProxyHonoursTheBypassList(Backend backend) throws Exception {
        assumeWinHttp(backend);
        try (WindowsProxySelector selector = WindowsProxySelector.builder().backend(backend)
                .settings(new IeProxySettings(false, Optional.empty(), Optional.of("127.0.0.1:3128"),
                        Optional.of("<local>;127.0.0.1:9")))
                .build()) {
            assertEquals(List.of(http(3128)), selector.select(URI.create("https://127.0.0.1:8443/")));
            assertEquals(List.of(Proxy.NO_PROXY), selector.select(URI.create("http://127.0.0.1:9/")));
            assertEquals(List.of(Proxy.NO_PROXY), selector.select(URI.create("http://intranet/")));
            assertEquals(List.of(Proxy.NO_PROXY), selector.select(URI.create("ftp://127.0.0.1/")));
            assertThrows(IllegalArgumentException.class, () -> selector.select(null));
        }
    }

    @Test
    void closedSelectorRefusesLookups() throws Exception {
        WindowsProxySelector selector = WindowsProxySelector.builder().settings(IeProxySettings.none()).build();
        selector.close();
        assertThrows(IllegalStateException.class, () -> selector.select(URI.create("http://127.0.0.1/")));
    }
}
