package io.github.winnet4j.api.winhttp;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.ForwardProxy;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.github.winnet4j.api.winhttp.WinHttpSupport.assumeWinHttp;
import static org.junit.jupiter.api.Assertions.*;

/** A session with a named proxy: plain HTTP in absolute form, HTTPS through CONNECT, the bypass list. */
class WinHttpProxyAccessTest {

    private static WinHttpSession through(Backend backend, ForwardProxy proxy, String bypass) throws WinHttpException {
        assumeWinHttp(backend);
        return WinHttpSession.builder().backend(backend).access(ProxyAccess.named(proxy.address(), bypass))
                .timeouts(Duration.ofSeconds(10)).open();
    }

    @AllBackends
    void plainHttpGoesThroughTheProxy(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http();
             ForwardProxy proxy = ForwardProxy.start();
             WinHttpSession session = through(backend, proxy, null);
             WinHttpConnection c = session.connect(Loopback.HOST, server.getPort(), false);
             WinHttpRequest r = c.request("GET", "/p?q=1").open()) {
            server.enqueue(new MockResponse().setBody("proxied"));
            r.send();
            r.receive();
            assertEquals("proxied", new String(r.body().readAllBytes(), StandardCharsets.UTF_8),
                    "the proxy saw " + proxy.seen());
            assertEquals(1, proxy.seen().size());
            assertEquals("GET", proxy.seen().get(0).method());
            assertEquals("http://127.0.0.1:" + server.getPort() + "/p?q=1", proxy.seen().get(0).target());
        }
    }

    @AllBackends
    void httpsIsTunnelledWithConnect(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.https();
             ForwardProxy proxy = ForwardProxy.start();
             WinHttpSession session = through(backend, proxy, null);
             WinHttpConnection c = session.connect(Loopback.HOST, server.getPort(), true);
             WinHttpRequest r = c.request("GET", "/secure")
                     .allowInsecure(WinHttpCertificateLeniency.UNKNOWN_CA, WinHttpCertificateLeniency.WRONG_NAME).open()) {
            server.enqueue(new MockResponse().setBody("tunnelled"));
            r.send();
            r.receive();
            assertEquals("tunnelled", new String(r.body().readAllBytes(), StandardCharsets.UTF_8));
            assertEquals("CONNECT", proxy.seen().get(0).method());
            assertEquals("127.0.0.1:" + server.getPort(), proxy.seen().get(0).target());
        }
    }

    @AllBackends
    void bypassedHostIsReachedDirectly(Backend backend) throws Exception {
        try (MockWebServer server = Loopback.http();
             ForwardProxy proxy = ForwardProxy.start();
             WinHttpSession session = through(backend, proxy, "127.0.0.1");
             WinHttpConnection c = session.connect(Loopback.HOST, server.getPort(), false);
             WinHttpRequest r = c.request("GET", "/direct").open()) {
            server.enqueue(new MockResponse().setBody("direct"));
            r.send();
            r.receive();
            assertEquals("direct", new String(r.body().readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(0, proxy.seen().size(), proxy.seen().toString());
        }
    }
}
